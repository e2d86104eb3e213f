# A TaskGroup's exit waits for all children; results read afterwards.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
        print("body ends at", asyncio.get_running_loop().time())
    print("group exits at", asyncio.get_running_loop().time())
    print([(t.get_name(), t.result()) for t in tasks])


asyncio.run(main())
