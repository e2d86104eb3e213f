# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to start a thread
# why: asyncio.to_thread
import asyncio

async def main():
    await asyncio.to_thread(print, "from a thread")

asyncio.run(main())
