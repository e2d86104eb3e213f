# A TaskGroup child that swallows its cancellation keeps the group waiting for it.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the group's cancel at", asyncio.get_running_loop().time())
        await asyncio.sleep(3)
        print("stubborn finally ends at", asyncio.get_running_loop().time())


async def failing():
    await asyncio.sleep(1)
    raise RuntimeError("failure")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(stubborn())
            group.create_task(failing())
    except* RuntimeError:
        print("group raised at", asyncio.get_running_loop().time())


asyncio.run(main())
