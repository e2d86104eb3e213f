import asyncio
import random
async def task(id):
    await asyncio.sleep(random.uniform(1, 3))
    if id == 2:
        raise ValueError(f"task {id} failed")
    return f"Task {id} done"
async def main():
    results = await asyncio.gather(task(1), task(2), task(3), return_exceptions=True)
    print(results)
asyncio.run(main())
