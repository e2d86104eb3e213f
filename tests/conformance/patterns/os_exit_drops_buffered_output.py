# os._exit ends the process at once: what print() left in stdout's buffer is never
# written (stdout is block-buffered when it is a pipe); flushed output survives.
import asyncio
import os
import sys


async def main():
    print("flushed", flush=True)
    print("still in the buffer")
    await asyncio.sleep(0.5)
    sys.stderr.write("stderr is line-buffered\n")
    os._exit(3)


asyncio.run(main())
