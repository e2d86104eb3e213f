# Deeply nested awaits: one task, a chain of coroutines, the clock at the sum of sleeps.
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0.5)
        return 0
    await asyncio.sleep(0.1)
    return 1 + await level(n - 1)


async def main():
    depth = await level(20)
    print(depth, round(asyncio.get_running_loop().time(), 3), len(asyncio.all_tasks()))


asyncio.run(main())
