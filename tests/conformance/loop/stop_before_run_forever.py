# stop() before run_forever(): exactly one iteration runs (ready callbacks and due timers), without moving the clock.
import asyncio

loop = asyncio.new_event_loop()


def chain(n):
    print(f"chain {n} at {loop.time()}")
    loop.call_soon(chain, n + 1)


loop.call_soon(chain, 0)
loop.call_at(0, print, "timer due now")
loop.call_later(1, print, "timer at 1")
loop.stop()
loop.run_forever()
print("first run_forever done at", loop.time())

loop.stop()
loop.run_forever()
print("second run_forever done at", loop.time())

loop.stop()
loop.stop()
loop.run_forever()
print("stop twice still one iteration, at", loop.time())
loop.close()

empty = asyncio.new_event_loop()
empty.call_later(10, print, "never")
empty.stop()
empty.run_forever()
print("an idle loop with a stop request returns at once, at", empty.time())
empty.close()
