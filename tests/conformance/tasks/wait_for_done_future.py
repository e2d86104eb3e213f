# Checks wait_for on futures that are already finished: result or exception comes back without waiting for the timeout.
import asyncio


async def other():
    print("other task ran")


async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    ok.set_result(11)
    bad = loop.create_future()
    bad.set_exception(ZeroDivisionError("div"))
    asyncio.create_task(other())
    print("before")
    print("result:", await asyncio.wait_for(ok, 5))
    print("after first wait_for")
    try:
        await asyncio.wait_for(bad, 5)
    except ZeroDivisionError as e:
        print("exception:", e)
    c = loop.create_future()
    c.cancel()
    try:
        await asyncio.wait_for(c, 5)
    except asyncio.CancelledError:
        print("cancelled future gives CancelledError")
    except TimeoutError:
        print("TimeoutError")
    print(f"time {loop.time():.3f}")


asyncio.run(main())
