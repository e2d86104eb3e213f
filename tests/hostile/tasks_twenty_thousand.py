# expect: exit 0
# stdout: 20000 199990000
# same-as-cpython
# why: twenty thousand tasks with random sleeps, gathered
import asyncio
import random

async def work(i):
    await asyncio.sleep(random.random() * 10)
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range(20000)))
    print(len(results), sum(results), round(asyncio.get_running_loop().time(), 3))

asyncio.run(main())
