# A chain of 500 coroutines awaiting each other around 10,000 sleep(0)s: each yield
# travels the whole chain, so the interpreter's own work dominates.
import asyncio


async def chain(depth):
    if depth == 0:
        for _ in range(10_000):
            await asyncio.sleep(0)
        return 0
    return await chain(depth - 1) + 1


print(asyncio.run(chain(500)))
