# A timer less than the clock resolution (1e-9 s) ahead is already due in the same iteration, without moving the clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(5)
    print("now", repr(loop.time()))
    h = loop.call_later(5e-10, lambda: print("tiny timer at", repr(loop.time())))
    loop.call_soon(print, "call_soon runs first")
    print("tiny when:", repr(h.when()))
    await asyncio.sleep(0)
    print("main after sleep(0) at", repr(loop.time()))
    # with nothing else ready, the loop does move the clock to a tiny deadline
    await asyncio.sleep(3e-9)
    print("after sleep(3e-9):", repr(loop.time()))
    await asyncio.sleep(1e-10)
    print("after sleep(1e-10):", repr(loop.time()))


asyncio.run(main())
