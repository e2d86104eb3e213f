# TimerHandles sort by deadline; equal handles compare equal; cancelling changes equality.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    a = loop.call_at(now + 2, print)
    b = loop.call_at(now + 1, print)
    c = loop.call_at(now + 2, print)
    print(sorted([a, b, c], key=lambda h: h.when()) == [b, a, c], a == c, a != c, b < a, a > b, a <= c)
    c.cancel()
    print(a == c, c.cancelled(), a._scheduled, c._scheduled)
    for h in (a, b):
        h.cancel()


asyncio.run(main())
