# expect: exit 1
# stderr: RuntimeError: asyncio.run() cannot be called from a running event loop
# stderr: RuntimeWarning: coroutine 'inner' was never awaited
# same-as-cpython
# why: asyncio.run() called from inside a coroutine
import asyncio

async def inner():
    return 1

async def main():
    asyncio.run(inner())

asyncio.run(main())
