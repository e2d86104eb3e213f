# expect: exit 1
# stderr: RuntimeError: Event loop is closed
# why: schedules a callback on a loop asyncio.run has already closed
import asyncio

async def main():
    return asyncio.get_running_loop()

loop = asyncio.run(main())
loop.call_soon(print, "on a closed loop")
