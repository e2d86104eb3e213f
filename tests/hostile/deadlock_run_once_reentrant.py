# expect: stopped deadlock
# stderr: deadlock at t=0.000
# why: a task calling loop._run_once() itself with nothing else ready
import asyncio

async def main():
    asyncio.get_running_loop()._run_once()
    print("never")

asyncio.run(main())
