# Tutorial-style timing: three 1-second jobs take 3.00 s in sequence, 1.00 s with gather, 2.00 s with a semaphore of 2.
import asyncio
import time


async def job(n, sem=None):
    if sem is None:
        await asyncio.sleep(1)
    else:
        async with sem:
            await asyncio.sleep(1)
    return n * n


async def main():
    start = time.perf_counter()
    results = [await job(n) for n in range(3)]
    print(f"sequential {results} in {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    results = await asyncio.gather(*(job(n) for n in range(3)))
    print(f"gather {results} in {time.perf_counter() - start:.2f} s")

    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    results = await asyncio.gather(*(job(n, sem) for n in range(3)))
    print(f"semaphore(2) {results} in {time.perf_counter() - start:.2f} s")

    start = time.monotonic()
    time.sleep(0.25)
    print(f"time.sleep(0.25) measured {time.monotonic() - start:.2f} s")
    print(f"total {time.perf_counter():.2f} s on the clock")


asyncio.run(main())
