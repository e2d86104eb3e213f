# expect: exit 1
# stderr: KeyError: '_loopscope_worker'
# why: tries to replace Loopscope's own deadlock describer (the engine keeps it out of sys.modules), then would deadlock
import asyncio
import sys

def sabotage(loop):
    raise RuntimeError("no report for you")

sys.modules["_loopscope_worker"].describe_deadlock = sabotage

async def main():
    await asyncio.Event().wait()

asyncio.run(main())
