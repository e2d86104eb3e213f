# Checks result()/exception() on a pending task (InvalidStateError) and on cancelled/failed/finished tasks.
import asyncio


async def slow():
    await asyncio.sleep(1)
    return "ok"


async def bad():
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(slow())
    for m in ("result", "exception"):
        try:
            getattr(t, m)()
        except asyncio.InvalidStateError as e:
            print(m, "while pending:", type(e).__name__, e)
    print("InvalidStateError is Exception:", issubclass(asyncio.InvalidStateError, Exception))
    print("awaited:", await t, "exception():", t.exception())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print("bad done:", b.done(), "exception():", repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print("bad result() raises:", repr(e))
    c = asyncio.create_task(slow())
    await asyncio.sleep(0)
    c.cancel("stop")
    await asyncio.sleep(0)
    for m in ("result", "exception"):
        try:
            getattr(c, m)()
        except asyncio.CancelledError as e:
            print(m, "of cancelled:", type(e).__name__, e.args)


asyncio.run(main())
