# A custom task factory: every task created through the loop goes through it; names are
# set after it returns.
import asyncio


def factory(loop, coro, context=None):
    task = asyncio.Task(coro, loop=loop, context=context)
    print("factory made a task for", coro.__qualname__)
    return task


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(await asyncio.create_task(child(), name="named"))
    print(await loop.create_task(child()))
    print(loop.get_task_factory() is factory)


asyncio.run(main())
