# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# stderr: --max-events
# stderr: again
# why: a callback that schedules itself again with call_soon
import asyncio

def again(loop, n):
    loop.call_soon(again, loop, n + 1)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(again, loop, 0)
    await asyncio.Event().wait()

asyncio.run(main())
