# known-bug: a million tasks under 256 MiB flood stderr with ignored MemoryErrors and the worker dies (exit 4) instead of stopping at the memory limit
# expect: stopped memory
# args: --max-memory 256 --max-cpu 5
# stderr: MemoryError
# stderr: --max-memory
# why: creates a million sleeping tasks with only 256 MiB
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(1)) for _ in range(10**6)]
    await asyncio.gather(*tasks)
    print(len(tasks))

asyncio.run(main())
