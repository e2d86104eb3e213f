# expect: exit 0
# stdout: traced True
# why: installs its own trace function (replacing Loopscope's line tracer) across an await
import asyncio
import sys

count = 0

def tracer(frame, event, arg):
    global count
    count += 1
    return tracer

async def main():
    sys.settrace(tracer)
    await asyncio.sleep(1)
    sys.settrace(None)
    print("traced", count > 0)

asyncio.run(main())
