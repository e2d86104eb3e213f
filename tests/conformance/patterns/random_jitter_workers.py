# Workers with random jitter (random seeded with 0): which finish first, and when.
import asyncio
import random


async def worker(n):
    total = 0.0
    for _ in range(3):
        pause = random.uniform(0.1, 1.0)
        total += pause
        await asyncio.sleep(pause)
    return n, round(total, 4)


async def main():
    finished = []
    tasks = [asyncio.create_task(worker(n)) for n in range(8)]
    for next_done in asyncio.as_completed(tasks):
        finished.append(await next_done)
    print(finished)
    print(round(asyncio.get_running_loop().time(), 4))


asyncio.run(main())
