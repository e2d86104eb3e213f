# 500 tasks with seeded random sleeps: the first and last finishers and a checksum of the
# finishing order.
import asyncio
import random


async def job(n, order):
    await asyncio.sleep(random.uniform(0, 10))
    await asyncio.sleep(random.choice([0, 0.5, 1]))
    order.append(n)
    return n * n


async def main():
    order = []
    results = await asyncio.gather(*(job(n, order) for n in range(500)))
    loop = asyncio.get_running_loop()
    print(len(results), sum(results), order[:10], order[-5:], f"{loop.time():.6f}")
    print(sum(i * n for i, n in enumerate(order)))


asyncio.run(main())
