# Checks cancel() return values: True while pending (even repeatedly), False once done, and cancelling() counts requests.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    finally:
        print("sleeper finally, cancelling() =", asyncio.current_task().cancelling())


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("first cancel:", t.cancel())
    print("second cancel:", t.cancel())
    print("cancelling():", t.cancelling())
    await asyncio.sleep(0)
    print("cancel after cancelled:", t.cancel(), "cancelled:", t.cancelled())
    d = asyncio.create_task(asyncio.sleep(0.1, "x"))
    await d
    print("cancel finished task:", d.cancel(), "cancelled:", d.cancelled(), "result:", d.result())
    f = asyncio.get_running_loop().create_future()
    print("future cancel:", f.cancel(), f.cancel())


asyncio.run(main())
