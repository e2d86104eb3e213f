# The tutorial classic: three waits awaited one after another, then together.
import asyncio
import time


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}:{seconds}"


async def main():
    start = time.perf_counter()
    results = [await fetch("a", 1), await fetch("b", 2), await fetch("c", 3)]
    print(results, f"sequential took {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    results = await asyncio.gather(fetch("a", 1), fetch("b", 2), fetch("c", 3))
    print(results, f"concurrent took {time.perf_counter() - start:.2f} s")


asyncio.run(main())
