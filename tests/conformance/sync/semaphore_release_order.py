# Semaphore waiters are served first come, first served, even when releases pile up.
import asyncio


async def use(name, semaphore, log):
    async with semaphore:
        log.append(name)
        await asyncio.sleep(0.1)


async def main():
    semaphore = asyncio.Semaphore(0)
    log = []
    tasks = [asyncio.create_task(use(n, semaphore, log)) for n in "abcde"]
    await asyncio.sleep(0)
    for _ in range(3):
        semaphore.release()
    await asyncio.sleep(0.05)
    print(log)
    await asyncio.gather(*tasks)
    print(log, asyncio.get_running_loop().time())


asyncio.run(main())
