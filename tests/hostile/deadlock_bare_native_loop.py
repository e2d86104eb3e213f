# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stdout: about to block
# why: _run_once on a hand-made native loop with nothing scheduled
import asyncio

native = type(asyncio.new_event_loop()).__mro__[1]
print("about to block", flush=True)
native()._run_once()
