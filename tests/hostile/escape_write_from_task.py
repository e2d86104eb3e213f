# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: writes a file from inside a task, after a sleep
import asyncio

async def main():
    await asyncio.sleep(1)
    with open("/tmp/loopscope-hostile-canary-task", "x") as f:
        f.write("escaped")

asyncio.run(main())
