# run_until_complete with a plain Future set by a timer, with a finished future, and with
# a future that fails.
import asyncio

loop = asyncio.new_event_loop()
future = loop.create_future()
loop.call_later(1.5, future.set_result, "set by a timer")
print(loop.run_until_complete(future), loop.time())
print(loop.run_until_complete(future))
failing = loop.create_future()
loop.call_soon(failing.set_exception, LookupError("failed future"))
try:
    loop.run_until_complete(failing)
except LookupError as error:
    print("LookupError:", error)
loop.close()
