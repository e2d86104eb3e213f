# run_until_complete on a plain future, a coroutine, a foreign future, and when the loop stops before completion.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(2, fut.set_result, "future value")
print("future:", loop.run_until_complete(fut), "at", loop.time())


async def coro():
    await asyncio.sleep(1)
    return "coroutine value"


print("coroutine:", loop.run_until_complete(coro()), "at", loop.time())

other = asyncio.new_event_loop()
foreign = other.create_future()
try:
    loop.run_until_complete(foreign)
except ValueError as exc:
    print("ValueError:", exc)
other.close()

pending = loop.create_future()
loop.call_later(1, loop.stop)
try:
    loop.run_until_complete(pending)
except RuntimeError as exc:
    print("RuntimeError:", exc, "at", loop.time())
print("pending still pending:", not pending.done())
loop.call_later(1, pending.set_result, "late value")
print("second try:", loop.run_until_complete(pending), "at", loop.time())

failing = loop.create_future()
loop.call_soon(failing.set_exception, LookupError("from future"))
try:
    loop.run_until_complete(failing)
except LookupError as exc:
    print("LookupError:", exc)
loop.close()
