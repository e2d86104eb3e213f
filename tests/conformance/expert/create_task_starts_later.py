# create_task only schedules: the task's first line runs after the creator's next await.
import asyncio


async def child(label):
    print("child", label, "starts")
    await asyncio.sleep(0)
    print("child", label, "ends")


async def main():
    first = asyncio.create_task(child(1))
    second = asyncio.create_task(child(2))
    print("main created both")
    print("main still running, first.done() =", first.done())
    await asyncio.sleep(0)
    print("main after one yield")
    await first
    await second
    print("main done")


asyncio.run(main())
