# A consumer cancelled while waiting in Queue.get loses nothing: the next put goes to the
# next waiter.
import asyncio


async def consumer(name, queue):
    try:
        item = await queue.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    queue = asyncio.Queue()
    first = asyncio.create_task(consumer("first", queue))
    second = asyncio.create_task(consumer("second", queue))
    await asyncio.sleep(0.1)
    first.cancel()
    await asyncio.sleep(0)
    await queue.put("item")
    await asyncio.gather(first, second, return_exceptions=True)
    print(queue.qsize())


asyncio.run(main())
