# A big jump in virtual time (a year) followed by small sleeps keeps timers ordered and times exact in the doubles.
import asyncio
import time


async def ticker(name, period, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        await asyncio.sleep(period)
        print(f"{name} at {loop.time():.4f}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(365 * 86400)
    print("a year later:", repr(loop.time()), time.ctime())
    await asyncio.gather(ticker("a", 0.25, 4), ticker("b", 0.4, 3))
    print("done at", repr(loop.time()))


asyncio.run(main())
