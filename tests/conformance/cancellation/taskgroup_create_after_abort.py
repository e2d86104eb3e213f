# Once a TaskGroup is aborting, create_task raises RuntimeError; the coroutine is closed.
import asyncio


async def fail():
    await asyncio.sleep(0.5)
    raise ValueError("first")


async def late(group):
    await asyncio.sleep(1)
    try:
        group.create_task(asyncio.sleep(1))
    except RuntimeError as error:
        print("RuntimeError:", error)


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail())
            await late(group)
    except* ValueError:
        print("group failed")
    try:
        group.create_task(asyncio.sleep(0))
    except RuntimeError as error:
        print("after exit:", error)


asyncio.run(main())
