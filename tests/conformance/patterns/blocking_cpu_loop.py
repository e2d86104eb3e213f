# A CPU-bound loop in a coroutine holds the loop: the other task's sleep ends late by
# however long the computation takes in virtual time (none: only sleeps move the clock).
import asyncio
import time


async def compute():
    total = 0
    for n in range(200_000):
        total += n * n
    print(f"compute done at {time.monotonic():.3f}: {total}")


async def sleeper():
    await asyncio.sleep(0)
    print(f"sleeper resumes at {time.monotonic():.3f}")


async def main():
    await asyncio.gather(sleeper(), compute(), sleeper())


asyncio.run(main())
