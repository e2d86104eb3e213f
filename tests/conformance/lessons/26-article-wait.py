import asyncio
import random
async def task():
    await asyncio.sleep(random.uniform(1, 3))
async def main():
    tasks = [asyncio.create_task(task()) for _ in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"Done tasks: {len(done)}, Pending tasks: {len(pending)}")
asyncio.run(main())
