# Checks cancelling the task that awaits a gather: the cancellation goes through the gather to all children.
import asyncio


async def child(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        return name
    finally:
        print(f"{loop.time():.3f} child {name} finally")


async def parent():
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.gather(child("one", 1), child("two", 2))
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} parent cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.4)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} main: parent cancelled={p.cancelled()}")
    print("tasks left:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
