# Checks wait_for(timeout=None): plain await without a wrapper task (runs in the caller's task), no timeout however long.
import asyncio


async def where():
    await asyncio.sleep(100)
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(where(), None)
    print(f"{loop.time():.3f} ran in {r}")
    r = await asyncio.wait_for(where(), 1000)
    print(f"{loop.time():.3f} with timeout ran in {r}")


asyncio.run(main())
