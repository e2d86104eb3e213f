# expect: stopped deadlock
# stderr: deadlock at t=0.000
# why: run_until_complete on a future nothing resolves
import asyncio

loop = asyncio.new_event_loop()
loop.run_until_complete(loop.create_future())
