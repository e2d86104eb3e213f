# Checks a leftover task that raises a non-cancel exception while being cancelled at shutdown: logged as unhandled during asyncio.run() shutdown.
import asyncio


async def faulty():
    try:
        await asyncio.sleep(100)
    finally:
        raise ValueError("cleanup failed")


async def main():
    asyncio.create_task(faulty(), name="faulty")
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
print("run returned normally")
