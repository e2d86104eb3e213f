# A full queue blocks its producer until a consumer takes an item.
import asyncio


async def producer(queue):
    for n in range(5):
        await queue.put(n)
        print(f"{asyncio.get_running_loop().time():.1f} put {n} (size {queue.qsize()})")


async def consumer(queue):
    for _ in range(5):
        await asyncio.sleep(1)
        print(f"{asyncio.get_running_loop().time():.1f} got {await queue.get()}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))
    print(queue.empty(), queue.full(), queue.maxsize)


asyncio.run(main())
