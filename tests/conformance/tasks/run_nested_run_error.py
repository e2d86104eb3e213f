# Checks asyncio.run called from inside a running loop (RuntimeError; the passed coroutine warns as never awaited) and run() of a non-coroutine.
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("nested:", e)
    return "ok"


print(asyncio.run(main()))
try:
    asyncio.run(asyncio.sleep)
except ValueError as e:
    print("non-coroutine:", str(e).split(" at ")[0])
