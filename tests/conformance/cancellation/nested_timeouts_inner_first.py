# Nested asyncio.timeout blocks: the inner deadline fires first and is handled inside; the
# outer one fires later.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timed out at", loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timed out at", loop.time())


asyncio.run(main())
