# Checks cancelling()/uncancel() counting, and that uncancel() does not withdraw a cancel still pending delivery.
import asyncio


async def sleeper(name):
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
        print(name, "slept fully")
    except asyncio.CancelledError:
        print(name, "got CancelledError, cancelling =", me.cancelling())
        print(name, "uncancel ->", me.uncancel())
        print(name, "uncancel again ->", me.uncancel())
        await asyncio.sleep(0.25)
        print(name, "continued after uncancel at", asyncio.get_running_loop().time())
    return name


async def main():
    t = asyncio.create_task(sleeper("A"))
    print("fresh cancelling:", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    t.cancel()
    print("after 3 cancels:", t.cancelling())
    print("result:", await t, "cancelling now:", t.cancelling())

    u = asyncio.create_task(sleeper("B"))
    await asyncio.sleep(0)
    u.cancel()
    print("B uncancel from outside ->", u.uncancel())
    await asyncio.sleep(0)
    print("B done:", u.done(), "cancelled:", u.cancelled() if u.done() else None)
    print("B result:", await u)


asyncio.run(main())
