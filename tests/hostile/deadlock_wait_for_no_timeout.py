# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Event.wait()
# why: wait_for with timeout=None around an Event never set
import asyncio

async def main():
    await asyncio.wait_for(asyncio.Event().wait(), timeout=None)

asyncio.run(main())
