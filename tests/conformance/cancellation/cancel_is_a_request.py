# cancel() is a request: the task learns of it at its next resume, cleans up, then ends.
import asyncio


async def worker():
    try:
        print("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print("cleaned up at", asyncio.get_running_loop().time())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("requesting cancel; done() =", task.done())
    task.cancel()
    print("right after cancel(): done() =", task.done(), "cancelling() =", task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("task ended cancelled at", asyncio.get_running_loop().time())


asyncio.run(main())
