# Lock waiters acquire in the order they asked; the holder's release hands it on.
import asyncio


async def use(lock, name, seconds):
    async with lock:
        print(name, "holds the lock at", asyncio.get_running_loop().time())
        await asyncio.sleep(seconds)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a", 1), use(lock, "b", 0.5), use(lock, "c", 0.25),
                         use(lock, "d", 0))
    print("locked at the end?", lock.locked())


asyncio.run(main())
