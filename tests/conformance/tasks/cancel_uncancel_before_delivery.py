# Checks that uncancel() right after cancel() (before the task resumes) lowers cancelling() but the CancelledError is still delivered.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
        return "slept"
    except asyncio.CancelledError:
        print("victim still got CancelledError; cancelling =", asyncio.current_task().cancelling())
        return "caught"


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    print("cancelling after cancel:", t.cancelling())
    print("uncancel ->", t.uncancel())
    print("result:", await t)
    n = asyncio.create_task(victim())
    n.cancel()
    n.uncancel()
    try:
        print("not-started result:", await n)
    except asyncio.CancelledError:
        print("not-started task cancelled anyway:", n.cancelled())


asyncio.run(main())
