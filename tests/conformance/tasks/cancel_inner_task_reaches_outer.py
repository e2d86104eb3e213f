# Checks the other direction: cancelling the awaited inner task makes the awaiting outer task get CancelledError, but the outer is not cancelled if it catches it.
import asyncio


async def inner():
    await asyncio.sleep(5)


async def outer(it):
    loop = asyncio.get_running_loop()
    try:
        await it
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} outer saw inner's cancellation, args={e.args}")
        print("outer cancelling():", asyncio.current_task().cancelling())
    await asyncio.sleep(0.5)
    return "outer finished normally"


async def main():
    loop = asyncio.get_running_loop()
    it = asyncio.create_task(inner())
    o = asyncio.create_task(outer(it))
    await asyncio.sleep(1)
    it.cancel("inner only")
    r = await o
    print(f"{loop.time():.3f} {r}; outer cancelled={o.cancelled()} inner cancelled={it.cancelled()}")


asyncio.run(main())
