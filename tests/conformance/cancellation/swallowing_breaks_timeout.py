# Swallowing CancelledError inside asyncio.timeout: the timeout cannot end the block.
import asyncio


async def swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("swallowed at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    print("went on to", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.timeout(1) as deadline:
            await swallow()
        print("no TimeoutError; expired() =", deadline.expired())
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
