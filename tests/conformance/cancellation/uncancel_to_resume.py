# cancelling()/uncancel(): a task that deliberately resumes after a cancellation.
import asyncio


async def resilient():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("slept fully on attempt", attempt)
        except asyncio.CancelledError:
            print("cancelled on attempt", attempt, "cancelling =", me.cancelling())
            me.uncancel()
            print("after uncancel, cancelling =", me.cancelling())
    return "survived"


async def main():
    task = asyncio.create_task(resilient())
    await asyncio.sleep(0.5)
    task.cancel()
    await asyncio.sleep(1)
    task.cancel()
    print(await task, asyncio.get_running_loop().time())


asyncio.run(main())
