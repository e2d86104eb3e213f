# expect: stopped memory
# args: --max-memory 256 --max-cpu 5
# stderr: ran out of memory
# stderr: --max-memory
# why: creates a million sleeping tasks with only 256 MiB
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(1)) for _ in range(10**6)]
    await asyncio.gather(*tasks)
    print(len(tasks))

asyncio.run(main())
