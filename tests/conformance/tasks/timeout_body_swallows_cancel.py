# Checks asyncio.timeout when the body catches the CancelledError itself: no TimeoutError, but expired() is True.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print(f"{loop.time():.3f} body swallowed the cancellation")
        await asyncio.sleep(0.25)
        print(f"{loop.time():.3f} body continues")
    print(f"{loop.time():.3f} after block: expired={cm.expired()} cancelling={asyncio.current_task().cancelling()}")
    async with asyncio.timeout(0.1) as cm2:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            pass
        try:
            await asyncio.sleep(0.5)
            print(f"{loop.time():.3f} second sleep completes: no repeated cancellation")
        except asyncio.CancelledError:
            print("cancelled again")
    print("repr after exit:", repr(cm2))


asyncio.run(main())
