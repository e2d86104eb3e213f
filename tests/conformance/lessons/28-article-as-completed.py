import asyncio
import random
async def task(id):
    await asyncio.sleep(random.uniform(1, 3))
    return f"Task {id} done"
async def main():
    tasks = [task(i) for i in range(3)]
    for coro in asyncio.as_completed(tasks):
        result = await coro
        print(result)
asyncio.run(main())
