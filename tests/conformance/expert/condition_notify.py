# Condition: notify(1) wakes one waiter, notify_all the rest; wait_for rechecks.
import asyncio


async def consumer(name, condition, items):
    async with condition:
        await condition.wait_for(lambda: items)
        print(name, "takes", items.pop(0), "at", asyncio.get_running_loop().time())


async def main():
    condition = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(n, condition, items)) for n in "xyz"]
    await asyncio.sleep(1)
    async with condition:
        items.append(1)
        condition.notify(1)
    await asyncio.sleep(1)
    async with condition:
        items.extend([2, 3])
        condition.notify_all()
    await asyncio.gather(*consumers)


asyncio.run(main())
