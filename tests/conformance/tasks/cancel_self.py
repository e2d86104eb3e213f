# Checks a task cancelling itself: it runs on until its next await, where CancelledError is raised (even for sleep(0)).
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel myself ->", me.cancel("own"))
    print("still running, done =", me.done())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("got it at the sleep(0):", e.args)
    print("second await works:", await asyncio.sleep(0.1, "yes"))
    me.cancel()
    x = 0
    for i in range(1000):
        x += i
    print("computed", x)
    await asyncio.sleep(5)
    print("never")


async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.3f} selfish ended cancelled:", t.cancelled())


asyncio.run(main())
