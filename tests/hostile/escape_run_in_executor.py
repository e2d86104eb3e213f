# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to start a thread
# why: loop.run_in_executor with the default executor
import asyncio

async def main():
    await asyncio.get_running_loop().run_in_executor(None, print, "from a thread")

asyncio.run(main())
