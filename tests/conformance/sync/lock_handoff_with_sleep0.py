# Releasing a lock and immediately re-acquiring it: a waiter that was woken gets it first?
import asyncio


async def greedy(lock, log):
    for n in range(3):
        async with lock:
            log.append(f"greedy{n}")
            await asyncio.sleep(0)


async def polite(lock, log):
    for n in range(3):
        async with lock:
            log.append(f"polite{n}")
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(greedy(lock, log), polite(lock, log))
    print(log)


asyncio.run(main())
