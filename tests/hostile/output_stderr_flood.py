# expect: stopped output
# args: --max-output 1 --max-events 10000000
# stderr: warning!
# stderr: more than 1 MiB of output
# why: writes to stderr in an endless loop, from a task
import asyncio
import sys

async def main():
    while True:
        print("warning!" * 10, file=sys.stderr)
        await asyncio.sleep(0)

asyncio.run(main())
