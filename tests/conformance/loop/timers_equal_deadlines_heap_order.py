# 24 timers with the very same deadline run in heapq's pop order, not in the order they were scheduled.
import asyncio

order = []


async def main():
    loop = asyncio.get_running_loop()
    for i in range(24):
        loop.call_at(5.0, order.append, i)
    await asyncio.sleep(6)
    print("run order:", order)
    print("insertion order?", order == sorted(order))


asyncio.run(main())
