# The timer heap's array itself, as asyncio exposes it (loop._scheduled): with equal
# deadlines, heapq's sifting decides the order, and the array must be CPython's.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = []
    for i in range(40):
        when = loop.time() + (1.0 if i % 3 else 2.0)
        handles.append(loop.call_at(when, print, "fired", i))
    order = [handles.index(h) for h in loop._scheduled if h in handles]
    print("array:", order)
    await asyncio.sleep(3)


asyncio.run(main())
