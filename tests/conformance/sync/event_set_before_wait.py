# Event.wait on a set event returns at once, without a loop step; is_set; clear.
import asyncio


async def main():
    event = asyncio.Event()
    event.set()
    order = []
    async def other():
        order.append("other")
    task = asyncio.create_task(other())
    await event.wait()
    order.append("waited")
    await task
    print(order, event.is_set())
    event.clear()
    print(event.is_set())


asyncio.run(main())
