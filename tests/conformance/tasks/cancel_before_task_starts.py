# Checks cancelling a task before it ever ran: its body (even try/finally) never executes, no never-awaited warning.
import asyncio
import gc


async def body():
    try:
        print("body started (should not happen)")
        await asyncio.sleep(1)
    finally:
        print("body finally (should not happen)")


async def main():
    t = asyncio.create_task(body())
    print("cancel before start:", t.cancel("early"))
    print("done yet:", t.done())
    await asyncio.sleep(0)
    print("after one yield: done", t.done(), "cancelled", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    del t
    gc.collect()
    print("time:", asyncio.get_running_loop().time())


asyncio.run(main())
