# expect: stopped deadlock
# stderr: deadlock at t=5.000
# stderr: Event.wait()
# stdout: slept
# why: runs for a while, then every task waits on something no one will do
import asyncio

async def sleeper(event):
    await asyncio.sleep(5)
    print("slept", flush=True)
    await event.wait()

async def main():
    event = asyncio.Event()
    await asyncio.gather(sleeper(event), sleeper(event))

asyncio.run(main())
