# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: gather(Task-1)
# why: a task gathering itself: it waits for its own end
import asyncio

async def main():
    me = asyncio.current_task()
    await asyncio.gather(me)

asyncio.run(main())
