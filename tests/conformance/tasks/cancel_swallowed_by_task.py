# Checks a task that swallows its CancelledError: it keeps running, ends normally, and a later cancel still works.
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} swallowed, cancelling() = {me.cancelling()}")
    await asyncio.sleep(0.5)
    print(f"{loop.time():.3f} still running")
    return "survived"


async def twice_stubborn():
    loop = asyncio.get_running_loop()
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print(f"{loop.time():.3f} slept fully on round {i}")
        except asyncio.CancelledError:
            print(f"{loop.time():.3f} swallowed round {i}")
    return "rounds over"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.2)
    print("cancel ->", t.cancel())
    r = await t
    print(f"{loop.time():.3f} result={r} cancelled={t.cancelled()} cancelling={t.cancelling()}")
    u = asyncio.create_task(twice_stubborn())
    await asyncio.sleep(0.1)
    u.cancel()
    await asyncio.sleep(0.1)
    u.cancel()
    r = await u
    print(f"{loop.time():.3f} awaited u:", r, u.cancelling())


asyncio.run(main())
