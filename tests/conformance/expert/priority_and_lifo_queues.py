# PriorityQueue and LifoQueue orders, and the nowait errors.
import asyncio


async def main():
    priority = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        priority.put_nowait(item)
    print([await priority.get() for _ in range(4)])
    lifo = asyncio.LifoQueue(maxsize=2)
    lifo.put_nowait(1)
    lifo.put_nowait(2)
    try:
        lifo.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(lifo.get_nowait(), lifo.get_nowait())
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
