# time.sleep in a coroutine blocks the loop: a ticker due every 0.5 s is late, and fires
# once (not three times) when the loop is free again.
import asyncio
import time


async def ticker():
    for _ in range(6):
        await asyncio.sleep(0.5)
        print(f"tick at {time.monotonic():.2f}")


async def blocker():
    await asyncio.sleep(0.75)
    print(f"blocking at {time.monotonic():.2f}")
    time.sleep(1.6)
    print(f"unblocked at {time.monotonic():.2f}")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
