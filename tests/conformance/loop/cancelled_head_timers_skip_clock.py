# Cancelled timers at the head never move the clock: it jumps straight to the first live deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    doomed = [loop.call_later(d, print, "must not run", d) for d in (1, 2, 3, 4)]
    loop.call_later(7.5, lambda: print(f"live timer at {loop.time()!r}"))
    for h in doomed:
        h.cancel()
    t0 = loop.time()
    await asyncio.sleep(0)
    print(f"after sleep(0): {loop.time()!r} (was {t0!r})")
    fut = loop.create_future()
    loop.call_later(9, fut.set_result, "done")
    print(await fut, "at", loop.time())


asyncio.run(main())
