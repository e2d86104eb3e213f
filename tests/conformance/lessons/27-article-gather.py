import asyncio
import random
async def task(id):
    await asyncio.sleep(random.uniform(1, 3))
    return f"Task {id} done"
async def main():
    results = await asyncio.gather(task(1), task(2), task(3))
    print(results)
asyncio.run(main())
