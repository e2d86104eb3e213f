# call_later(0) and call_at(now) go through the timer heap: they run after the ready queue's callbacks in that iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0, print, "later(0) #1")
    loop.call_soon(print, "soon #1")
    loop.call_at(now, print, "call_at(now)")
    loop.call_soon(print, "soon #2")
    loop.call_later(-1, print, "later(-1)")
    loop.call_at(now - 100, print, "call_at(now - 100)")
    loop.call_soon(print, "soon #3")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumes after:")
    await asyncio.sleep(0)
    print("main again; time", loop.time())


asyncio.run(main())
