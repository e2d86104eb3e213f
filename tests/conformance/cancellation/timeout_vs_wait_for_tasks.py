# One deadline written with asyncio.timeout and with wait_for: wait_for runs the work in
# a task of its own (one more task), timeout cancels the current task.
import asyncio


async def work():
    print("work runs in", asyncio.current_task().get_name())
    await asyncio.sleep(5)


async def main():
    try:
        async with asyncio.timeout(1):
            await work()
    except TimeoutError:
        print("timeout: TimeoutError at", asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(work(), 1)
    except TimeoutError:
        print("wait_for: TimeoutError at", asyncio.get_running_loop().time())


asyncio.run(main())
