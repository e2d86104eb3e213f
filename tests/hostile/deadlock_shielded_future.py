# expect: stopped deadlock
# stderr: deadlock at t=0.000
# why: shields a future that never resolves
import asyncio

async def main():
    future = asyncio.get_running_loop().create_future()
    await asyncio.shield(future)

asyncio.run(main())
