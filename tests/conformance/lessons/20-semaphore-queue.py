import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def fetch(n, gate):
    async with gate:                       # at most two inside at once
        print(f"{now()} fetch-{n}: in")
        await asyncio.sleep(1)


async def producer(queue):
    for item in range(4):
        await asyncio.sleep(0.5)           # making an item takes 0.5 s
        await queue.put(item)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f"{now()} {name}: working on item {item}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    gate = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        for n in range(5):
            tg.create_task(fetch(n, gate), name=f"fetch-{n}")
    print(f"{now()} main: all five fetched")

    queue = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"worker-{i}", queue), name=f"worker-{i}")
               for i in (1, 2)]
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()                     # until every item got its task_done()
    print(f"{now()} main: queue drained")
    for worker in workers:
        worker.cancel()


asyncio.run(main())
