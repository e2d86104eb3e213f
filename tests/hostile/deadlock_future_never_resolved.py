# expect: stopped deadlock
# stderr: deadlock at t=3.000
# stderr: Task-1 at line 10 in main() waits for a future that nothing will complete
# why: awaits a bare Future that nothing will ever resolve
import asyncio

async def main():
    future = asyncio.get_running_loop().create_future()
    await asyncio.sleep(3)
    await future

asyncio.run(main())
