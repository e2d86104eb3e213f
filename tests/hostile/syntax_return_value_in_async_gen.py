# expect: exit 1
# stderr: SyntaxError: 'return' with value in async generator
# same-as-cpython
# why: an async generator that returns a value
import asyncio

async def ticks():
    yield 1
    return 2

async def main():
    async for t in ticks():
        print(t)

asyncio.run(main())
