# Checks cancelling one child of a gather: the gather fails with CancelledError (as an exception, not as cancellation) and siblings run on.
import asyncio


async def child(name, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.3f} {name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(child("a", 1), name="a")
    b = asyncio.create_task(child("b", 2), name="b")
    g = asyncio.gather(a, b)
    loop.call_later(0.5, a.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} awaiter got CancelledError")
    print("gather done:", g.done(), "gather cancelled():", g.cancelled())
    print("gather exception type:", type(g.exception()).__name__)
    print("main task cancelling():", asyncio.current_task().cancelling())
    print("b done:", b.done())
    print("b result:", await b, f"at {loop.time():.3f}")


asyncio.run(main())
