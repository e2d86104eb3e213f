# expect: exit 1
# stderr: SyntaxError: duplicate argument 'delay' in function definition
# same-as-cpython
# why: a coroutine function with the same parameter twice
import asyncio

async def work(delay, delay):
    await asyncio.sleep(delay)

asyncio.run(work(1, 2))
