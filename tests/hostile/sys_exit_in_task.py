# expect: exit 1
# stderr: leaving with a message
# stdout: leaving
# same-as-cpython
# why: sys.exit with a message from inside a task ends the whole run
import asyncio
import sys

async def main():
    await asyncio.sleep(1)
    print("leaving", flush=True)
    sys.exit("leaving with a message")

asyncio.run(main())
