# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# stderr: --max-events
# why: a timer callback re-arming itself with call_later(0)
import asyncio

def again(loop):
    loop.call_later(0, again, loop)

async def main():
    loop = asyncio.get_running_loop()
    again(loop)
    await loop.create_future()

asyncio.run(main())
