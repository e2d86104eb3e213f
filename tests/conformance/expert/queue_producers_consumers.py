# Two producers and three consumers on a bounded Queue: back-pressure, task_done/join,
# consumers cancelled at the end as in the asyncio documentation's example.
import asyncio


async def producer(name, queue, count):
    for n in range(count):
        await queue.put(f"{name}{n}")
        print(f"{asyncio.get_running_loop().time():.2f} {name} put {name}{n}")


async def consumer(name, queue, seen):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.3)
        seen.append((name, item))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{n}", queue, seen)) for n in range(3)]
    await asyncio.gather(producer("p", queue, 4), producer("q", queue, 3))
    await queue.join()
    for task in consumers:
        task.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print(seen)
    print([type(r).__name__ for r in results], f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
