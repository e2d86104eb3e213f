# expect: stopped deadlock
# stderr: deadlock at t=1.000
# stderr: Task-1 at line 9 in main() waits for asyncio.wait()
# why: asyncio.wait() on a set holding the current task
import asyncio

async def main():
    await asyncio.sleep(1)
    await asyncio.wait({asyncio.current_task()})

asyncio.run(main())
