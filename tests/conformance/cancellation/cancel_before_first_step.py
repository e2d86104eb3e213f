# A task cancelled before its first step never runs a line of its coroutine.
import asyncio


async def never():
    print("this never prints")


async def main():
    task = asyncio.create_task(never())
    task.cancel()
    await asyncio.sleep(0)
    print(task.cancelled(), task.done())


asyncio.run(main())
