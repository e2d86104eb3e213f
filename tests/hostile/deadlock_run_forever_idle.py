# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stdout: running forever
# why: loop.run_forever() with nothing scheduled and no one to stop it
import asyncio

loop = asyncio.new_event_loop()
print("running forever", flush=True)
loop.run_forever()
