# A Semaphore of 2 lets two workers in at a time: entries and exits with times.
import asyncio


async def worker(n, semaphore):
    async with semaphore:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} enter {n}")
        await asyncio.sleep(1 + n % 3 * 0.5)
        print(f"{loop.time():.1f} leave {n}")


async def main():
    semaphore = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(n, semaphore) for n in range(6)))
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        pass
    try:
        bounded.release()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
