# Acquiring a Semaphore under a timeout: some give up, the slot is not lost.
import asyncio


async def user(n, semaphore):
    try:
        async with asyncio.timeout(1.5):
            async with semaphore:
                print(n, "in at", asyncio.get_running_loop().time())
                await asyncio.sleep(1)
    except TimeoutError:
        print(n, "gave up at", asyncio.get_running_loop().time())


async def main():
    semaphore = asyncio.Semaphore(1)
    await asyncio.gather(*(user(n, semaphore) for n in range(4)))
    print("locked at the end:", semaphore.locked())


asyncio.run(main())
