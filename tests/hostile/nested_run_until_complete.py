# expect: exit 1
# stderr: RuntimeError: This event loop is already running
# why: run_until_complete on the running loop
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.run_until_complete(asyncio.sleep(1))

asyncio.run(main())
