# stop() before run_forever makes it run one iteration; stop() twice is harmless.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "one")
loop.stop()
loop.stop()
loop.call_soon(print, "also in the first iteration")
loop.run_forever()
print("stopped; next iteration's callback is still waiting")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
