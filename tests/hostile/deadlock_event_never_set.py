# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Task-1 at line 11 in main() waits for Event.wait()
# stdout: waiting
# why: awaits an Event that nobody sets
import asyncio

async def main():
    ready = asyncio.Event()
    print("waiting", flush=True)
    await ready.wait()

asyncio.run(main())
