# Checks wait_for when the inner coroutine raises before the deadline: the exception propagates at once, timer cancelled.
import asyncio


async def fails():
    await asyncio.sleep(0.3)
    raise PermissionError("denied")


async def returns():
    await asyncio.sleep(0.2)
    return "value"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(fails(), 2)
    except PermissionError as e:
        print(f"{loop.time():.3f} got {e!r}")
    r = await asyncio.wait_for(returns(), 2)
    print(f"{loop.time():.3f} got", r)
    await asyncio.sleep(3)
    print(f"{loop.time():.3f} end")


asyncio.run(main())
