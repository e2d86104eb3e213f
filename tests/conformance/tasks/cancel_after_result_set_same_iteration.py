# Checks a cancel that arrives after the awaited future got its result but before the task resumed: the result is lost, CancelledError wins.
import asyncio


async def waiter(fut):
    try:
        v = await fut
        print("waiter got", v)
    except asyncio.CancelledError:
        print("waiter cancelled although the future has result", fut.result())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("payload")
    print("cancel ->", t.cancel())
    await asyncio.sleep(0)
    print("task cancelled:", t.cancelled())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(waiter(fut2))
    await asyncio.sleep(0)
    t2.cancel()
    print("fut2 cancelled by t2.cancel():", fut2.cancelled())
    try:
        fut2.set_result("too late?")
    except asyncio.InvalidStateError as e:
        print("set_result on it:", type(e).__name__, e)
    await asyncio.sleep(0)
    print("fut2 state:", fut2.cancelled(), "t2 cancelled:", t2.cancelled())


asyncio.run(main())
