# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Condition.wait()
# why: waits on a Condition nobody notifies
import asyncio

async def main():
    condition = asyncio.Condition()
    async with condition:
        await condition.wait()

asyncio.run(main())
