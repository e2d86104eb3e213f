# asyncio.run from inside a coroutine: RuntimeError, and the coroutine passed to it is
# never awaited.
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as error:
        print("RuntimeError:", error)


asyncio.run(main())
