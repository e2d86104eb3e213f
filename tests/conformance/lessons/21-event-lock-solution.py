import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def runner(name, start):
    await start.wait()                     # every runner waits for the same signal
    print(f"{now()} {name}: off")


async def writer(name, lock):
    await asyncio.sleep(1)                 # prepare the data: no lock needed
    async with lock:                       # one writer at a time
        print(f"{now()} {name}: has the lock")
        await asyncio.sleep(0.5)           # write it to the shared file


async def main():
    start = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("r1", "r2", "r3"):
            tg.create_task(runner(name, start), name=name)
        await asyncio.sleep(2)
        print(f"{now()} main: start.set()")
        start.set()

    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        for name in ("w1", "w2", "w3"):
            tg.create_task(writer(name, lock), name=name)
    print(f"{now()} main: all written")


asyncio.run(main())
