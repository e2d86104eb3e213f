# expect: exit 1
# stderr: RuntimeError: Cannot close a running event loop
# why: loop.close() from inside the running loop
import asyncio

async def main():
    asyncio.get_running_loop().close()

asyncio.run(main())
