import asyncio
import random
async def task(id):
    await asyncio.sleep(random.uniform(1, 3))
    return f"Task {id} done"
async def main():
    tasks = [task(i) for i in range(3)]
    try:
        for coro in asyncio.as_completed(tasks, timeout=2):
            result = await coro
            print(result)
    except asyncio.TimeoutError:
        print("gave up after 2 s")
asyncio.run(main())
