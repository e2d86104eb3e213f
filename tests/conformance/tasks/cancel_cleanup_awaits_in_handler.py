# Checks that a cancelled task can await during cleanup (except/finally) before re-raising, delaying its completion.
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} cleanup begins")
        await asyncio.sleep(0.3)
        print(f"{loop.time():.3f} cleanup step 2")
        raise
    finally:
        await asyncio.sleep(0.2)
        print(f"{loop.time():.3f} finally done")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0.1)
    print(f"{loop.time():.3f} done? {t.done()}")
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} worker finally cancelled: {t.cancelled()}")


asyncio.run(main())
