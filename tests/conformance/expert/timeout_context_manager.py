# asyncio.timeout: the body is cancelled at the deadline and TimeoutError raised at its
# exit; reschedule moves the deadline; expired() tells what happened.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as deadline:
            await asyncio.sleep(0.5)
            deadline.reschedule(loop.time() + 2)
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", loop.time(), "expired:", deadline.expired())
    async with asyncio.timeout(None) as deadline:
        await asyncio.sleep(1)
    print("no deadline:", deadline.when(), deadline.expired(), loop.time())


asyncio.run(main())
