# expect: exit 1
# stderr: RecursionError: maximum recursion depth exceeded
# why: a coroutine awaiting itself recursively without end
import asyncio

async def down(n):
    return await down(n + 1) + 1

async def main():
    print(await down(0))

asyncio.run(main())
