import asyncio


async def worker():
    print("worker: started")
    try:
        while True:
            await asyncio.sleep(1)
            print("worker: tick")
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up")
        await asyncio.sleep(0.5)            # e.g. flush a buffer, close a file
        print("worker: clean")
        raise                               # let the cancellation go on


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(2.5)
    task.cancel()
    print("main: cancel requested; done?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker cancelled?", task.cancelled())


asyncio.run(main())
