# Checks an exception from an awaited child task escaping asyncio.run: exit 1, traceback passes through both tasks.
import asyncio


async def child():
    await asyncio.sleep(0.2)
    {}["missing"]


async def main():
    t = asyncio.create_task(child())
    await t


asyncio.run(main())
