# expect: stopped deadlock
# stderr: deadlock at t=2.000
# stderr: Event.wait()
# why: a TaskGroup whose child waits for an Event never set
import asyncio

async def child(event):
    await event.wait()

async def main():
    event = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(child(event))
        group.create_task(asyncio.sleep(2))

asyncio.run(main())
