# known-bug: the deadlock report calls program code; sabotaged, it says only 'deadlock'
# expect: stopped deadlock
# stderr: deadlock at t=0.000
# why: replaces Loopscope's own deadlock describer with one that raises, then deadlocks
import asyncio
import sys

def sabotage(loop):
    raise RuntimeError("no report for you")

sys.modules["_loopscope_worker"].describe_deadlock = sabotage

async def main():
    await asyncio.Event().wait()

asyncio.run(main())
