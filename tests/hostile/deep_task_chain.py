# expect: exit 0
# stdout: 2000
# same-as-cpython
# why: two thousand tasks each awaiting a task it created
import asyncio

async def link(n):
    if n == 0:
        await asyncio.sleep(1)
        return 0
    return await asyncio.create_task(link(n - 1)) + 1

async def main():
    print(await link(2000))

asyncio.run(main())
