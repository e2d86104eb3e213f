# expect: stopped events
# args: --max-events 100000 --max-memory 512
# stderr: after 100,000 loop callbacks
# why: each task spawns two more and ends
import asyncio

async def split(depth):
    asyncio.create_task(split(depth + 1))
    asyncio.create_task(split(depth + 1))

async def main():
    asyncio.create_task(split(0))
    await asyncio.Event().wait()

asyncio.run(main())
