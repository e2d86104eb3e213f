# expect: stopped deadlock
# args: --max-cpu 2
# stderr: deadlock at t=0.000
# why: monkeypatches asyncio.all_tasks to spin for ever, then deadlocks
import asyncio

def spin(loop=None):
    while True:
        pass

async def main():
    asyncio.all_tasks = spin
    await asyncio.Event().wait()

asyncio.run(main())
