# expect: stopped events
# args: --max-events 50000
# stderr: after 50,000 loop callbacks
# stderr: --max-events
# why: loop.run_forever() with a callback that feeds itself
import asyncio

loop = asyncio.new_event_loop()

def feed():
    loop.call_soon(feed)

loop.call_soon(feed)
loop.run_forever()
