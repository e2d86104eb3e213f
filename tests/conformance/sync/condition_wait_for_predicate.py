# Condition.wait_for re-checks its predicate at every notify.
import asyncio


async def waiter(condition, state, target):
    async with condition:
        await condition.wait_for(lambda: state["count"] >= target)
        print("reached", target, "at", asyncio.get_running_loop().time())


async def main():
    condition = asyncio.Condition()
    state = {"count": 0}
    tasks = [asyncio.create_task(waiter(condition, state, t)) for t in (3, 1, 2)]
    for _ in range(3):
        await asyncio.sleep(1)
        async with condition:
            state["count"] += 1
            condition.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
