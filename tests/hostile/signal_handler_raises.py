# expect: exit 1
# args: --max-events 100000000 --max-cpu 5
# stderr: RuntimeError: alarm
# why: installs a SIGALRM handler that raises, then an alarm fires while the loop runs
import asyncio
import signal
import time

def handler(signum, frame):
    raise RuntimeError("alarm")

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)

async def main():
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
