# call_soon, call_later(0), call_at(now) and call_later(tiny): which runs first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0.001, print, "call_later 0.001")
    loop.call_at(now, print, "call_at now")
    loop.call_later(0, print, "call_later 0")
    loop.call_soon(print, "call_soon")
    loop.call_later(-1, print, "call_later -1")
    loop.call_at(now - 5, print, "call_at past")
    await asyncio.sleep(0.01)


asyncio.run(main())
