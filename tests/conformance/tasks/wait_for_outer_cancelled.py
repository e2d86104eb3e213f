# Checks cancelling the task that sits in wait_for: the inner task is cancelled and awaited, then CancelledError (not TimeoutError) propagates.
import asyncio


async def inner():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0.2)
        print(f"{loop.time():.3f} inner cleanup done")


async def outer():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} outer got CancelledError args={e.args}")
        raise
    except TimeoutError:
        print("outer got TimeoutError (wrong)")


async def main():
    loop = asyncio.get_running_loop()
    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    o.cancel("outer cancel")
    try:
        await o
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} main: outer cancelled={o.cancelled()}")
    await asyncio.sleep(10)
    print(f"{loop.time():.3f} no stray timeout fired")


asyncio.run(main())
