# Checks shield when the inner task itself is cancelled or fails: the outer await sees CancelledError / the exception.
import asyncio


async def inner(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise EOFError("inner failed")
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner(1))
    loop.call_later(0.5, t.cancel)
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} shield saw inner cancellation; main cancelling={asyncio.current_task().cancelling()}")
    try:
        await asyncio.shield(inner(0.2, fail=True))
    except EOFError as e:
        print(f"{loop.time():.3f} shield raised {e}")
    done = asyncio.create_task(inner(0))
    await asyncio.sleep(0.1)
    print("shield of done task returns it:", asyncio.shield(done) is done)
    print("value via shield:", await asyncio.shield(inner(0.1)))


asyncio.run(main())
