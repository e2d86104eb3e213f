# Checks that time.sleep blocks the loop: timers fire late, and a cancel issued meanwhile lands at the task's next await.
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"tick {i} at {loop.time():.3f}")


async def blocker():
    loop = asyncio.get_running_loop()
    try:
        print(f"blocker starts at {loop.time():.3f}")
        time.sleep(0.35)
        print(f"blocker woke from time.sleep at {loop.time():.3f}, monotonic {time.monotonic():.3f}")
        asyncio.current_task().cancel()
        time.sleep(0.1)
        print("still running after self-cancel, cancelling =", asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        print("never printed")
    except asyncio.CancelledError:
        print(f"blocker cancelled at {loop.time():.3f}")
        raise


async def main():
    tk = asyncio.create_task(ticker())
    b = asyncio.create_task(blocker())
    await asyncio.gather(tk, b, return_exceptions=True)
    print(f"end at {asyncio.get_running_loop().time():.3f}", b.cancelled())


asyncio.run(main())
