# A loop made with new_event_loop: is_running/is_closed through its life, close() idempotent, reuse refused.
import asyncio

loop = asyncio.new_event_loop()
print("fresh: running", loop.is_running(), "closed", loop.is_closed(), "debug", loop.get_debug())


async def inside():
    print("inside: running", loop.is_running(), "| get_running_loop is loop:",
          asyncio.get_running_loop() is loop)
    try:
        loop.close()
    except RuntimeError as exc:
        print("close while running:", exc)
    await asyncio.sleep(1)
    return "value"


print("result:", loop.run_until_complete(inside()))
print("after: running", loop.is_running(), "closed", loop.is_closed(), "time", loop.time())
handle = loop.call_later(5, print, "never runs: dropped by close()")
loop.call_soon(print, "never runs either")
loop.close()
print("closed:", loop.is_closed(), "| timer handle cancelled?", handle.cancelled())
loop.close()
print("second close is a no-op")

for label, action in [
    ("call_soon", lambda: loop.call_soon(print, "x")),
    ("call_later", lambda: loop.call_later(1, print, "x")),
    ("call_at", lambda: loop.call_at(1, print, "x")),
    ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print, "x")),
    ("run_forever", loop.run_forever),
    ("create_future", lambda: type(loop.create_future()).__name__),
]:
    try:
        print(f"{label}: returned {action()!r}")
    except RuntimeError as exc:
        print(f"{label}: RuntimeError: {exc}")

coro = inside()
try:
    loop.run_until_complete(coro)
except RuntimeError as exc:
    print("run_until_complete: RuntimeError:", exc)
coro.close()
coro2 = inside()
try:
    loop.create_task(coro2)
except RuntimeError as exc:
    print("create_task: RuntimeError:", exc)
coro2.close()
