# Checks asyncio.timeout: TimeoutError at the deadline (chained from CancelledError), expired(), when(), and no error when in time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.5)
    print("when before enter:", cm.when(), "expired:", cm.expired())
    try:
        async with cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print(f"{loop.time():.3f} TimeoutError, cause={type(e.__cause__).__name__}, context={type(e.__context__).__name__}")
    print("expired:", cm.expired(), "when:", cm.when())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.2)
    print(f"{loop.time():.3f} in time: expired={cm2.expired()}")
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(50)
    print(f"{loop.time():.3f} timeout(None): when={cm3.when()} expired={cm3.expired()}")
    print("task cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0):
            print("body runs until its first await")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print(f"{loop.time():.3f} timeout(0) fired at first await")


asyncio.run(main())
