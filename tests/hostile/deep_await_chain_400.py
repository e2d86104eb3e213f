# expect: exit 0
# stdout: 400 1.0
# same-as-cpython
# why: a chain of 400 coroutines each awaiting the next, the last one sleeping
import asyncio

async def chain(n):
    if n == 0:
        await asyncio.sleep(1)
        return 0
    return await chain(n - 1) + 1

async def main():
    print(await chain(400), asyncio.get_running_loop().time())

asyncio.run(main())
