# A task that swallows its cancellation keeps running; the canceller's await returns its
# result, and cancelling() still counts the request.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, but carrying on; cancelling() =",
              asyncio.current_task().cancelling())
    await asyncio.sleep(1)
    return "finished anyway"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    print(await task, "at", asyncio.get_running_loop().time(), "cancelled():", task.cancelled())


asyncio.run(main())
