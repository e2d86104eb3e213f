# Checks that in 3.11 asyncio.wait rejects coroutine objects with TypeError (and the unawaited coroutines warn on stderr).
import asyncio
import gc


async def job(v):
    await asyncio.sleep(v)
    return v


async def main():
    loop = asyncio.get_running_loop()
    coro = job(0.1)
    try:
        done, pending = await asyncio.wait([coro])
        print("accepted:", len(done), len(pending))
    except TypeError as e:
        print("TypeError:", e)
    del coro
    gc.collect()
    t = asyncio.create_task(job(0.2))
    try:
        await asyncio.wait([t, job(0.3)])
    except TypeError as e:
        print("mixed list TypeError:", e)
    gc.collect()
    print("task unaffected, result:", await t, f"at {loop.time():.3f}")


asyncio.run(main())
