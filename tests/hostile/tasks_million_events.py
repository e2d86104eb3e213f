# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# why: a million tasks created a thousand at a time, past an event limit
import asyncio

async def noop(i):
    await asyncio.sleep(0)

async def main():
    for batch in range(1000):
        for i in range(1000):
            asyncio.create_task(noop(i))
        await asyncio.sleep(0)
    print("all created")

asyncio.run(main())
