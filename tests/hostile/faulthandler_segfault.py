# expect: crashed
# stderr: died of signal 11
# stdout: crashing
# why: faulthandler._sigsegv() inside a task
import asyncio
import faulthandler

async def main():
    await asyncio.sleep(1)
    print("crashing", flush=True)
    faulthandler._sigsegv()

asyncio.run(main())
