# A task cancelled while waiting for a Lock leaves the queue of waiters; the next waiter
# gets the lock.
import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(2)


async def waiter(name, lock):
    try:
        async with lock:
            print(name, "got the lock at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(holder(lock))]
    await asyncio.sleep(0)
    tasks += [asyncio.create_task(waiter(n, lock)) for n in ("first", "second")]
    await asyncio.sleep(1)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
