# cancel(msg): the message reaches the task's CancelledError; the awaiting task gets a
# CancelledError too; cancel() on a done task returns False.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as error:
        print("inner got", repr(error))
        raise


async def outer(task):
    try:
        await task
    except asyncio.CancelledError as error:
        print("outer got", repr(error))
        raise


async def main():
    task = asyncio.create_task(inner())
    waiting = asyncio.create_task(outer(task))
    await asyncio.sleep(1)
    print("cancel:", task.cancel("stop now"))
    results = await asyncio.gather(waiting, return_exceptions=True)
    print([type(r).__name__ for r in results], task.cancelled(), waiting.cancelled())
    print("cancel again:", task.cancel())


asyncio.run(main())
