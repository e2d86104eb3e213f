# time.sleep inside a task blocks the whole loop: a task due at t=1 only wakes at t=2, and sees it.
import asyncio
import time


async def punctual():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(f"punctual wanted t=1.00, woke at {loop.time():.2f}")
    await asyncio.sleep(1)
    print(f"punctual's next tick at {loop.time():.2f}")


async def blocker():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    print(f"blocker calls time.sleep(2) at {loop.time():.2f}")
    time.sleep(2)
    print(f"blocker back at {loop.time():.2f}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(punctual(), blocker())
    print(f"total elapsed {time.perf_counter() - start:.2f}")


asyncio.run(main())
