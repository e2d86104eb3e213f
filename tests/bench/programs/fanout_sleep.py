# N tasks, each sleeping ten random intervals, gathered: the loop's timers at scale.
import asyncio
import random

N = 100_000  # loopscope-bench also runs it with N = 1,000 and 10,000


async def worker():
    slept = 0.0
    for _ in range(10):
        interval = random.random()
        slept += interval
        await asyncio.sleep(interval)
    return slept


async def main():
    results = await asyncio.gather(*(worker() for _ in range(N)))
    loop = asyncio.get_running_loop()
    print(len(results), f"{sum(results):.3f}", f"{loop.time():.3f}")


asyncio.run(main())
