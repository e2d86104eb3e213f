# Checks gather(return_exceptions=True): exceptions and a cancelled child's CancelledError become results, in argument order.
import asyncio


async def ok(v, d):
    await asyncio.sleep(d)
    return v


async def bad(d):
    await asyncio.sleep(d)
    raise LookupError("nope")


async def main():
    loop = asyncio.get_running_loop()
    victim = asyncio.create_task(ok("victim", 5))
    loop.call_later(0.25, victim.cancel, "cut")
    res = await asyncio.gather(ok(1, 0.3), bad(0.1), victim, ok(2, 0.2), return_exceptions=True)
    print(f"{loop.time():.3f}")
    for r in res:
        print(" ", type(r).__name__, repr(r))
    print("victim cancelled:", victim.cancelled())


asyncio.run(main())
