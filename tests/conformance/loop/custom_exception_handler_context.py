# A custom exception handler receives the loop and a context dict: message, exception and the failing handle.
import asyncio


def handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    print(f"handler at {loop.time():.1f}: keys={keys}")
    print("  message:", context["message"])
    print("  exception:", repr(exc), "has traceback:", exc.__traceback__ is not None if exc else None)
    handle = context.get("handle")
    if handle is not None:
        print("  handle type:", type(handle).__name__, "cancelled:", handle.cancelled())
    print("  running loop is loop:", asyncio.get_running_loop() is loop)


def bad(x, y=None):
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    print("handler initially:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler now set:", loop.get_exception_handler() is handler)
    loop.call_soon(bad, "soon")
    loop.call_later(0.5, bad, "later")
    loop.call_exception_handler({"message": "hand-made", "answer": 42})
    await asyncio.sleep(1)
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.call_soon(bad, "default again")
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
