# A shutdown Event stops several workers at their next check.
import asyncio


async def worker(n, stop):
    rounds = 0
    while not stop.is_set():
        rounds += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.3 + n * 0.1)
        except TimeoutError:
            pass
    print("worker", n, "stopped after", rounds, "rounds at", round(asyncio.get_running_loop().time(), 2))


async def main():
    stop = asyncio.Event()
    workers = [asyncio.create_task(worker(n, stop)) for n in range(3)]
    await asyncio.sleep(1)
    stop.set()
    await asyncio.gather(*workers)


asyncio.run(main())
