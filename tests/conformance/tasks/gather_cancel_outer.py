# Checks cancelling a gather future: every unfinished child is cancelled, finished ones keep results, the awaiter gets CancelledError.
import asyncio


async def child(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        print(f"{loop.time():.3f} {name} done")
        return name
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} {name} cancelled args={e.args}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(child(n, d), name=n) for n, d in (("x", 0.1), ("y", 1), ("z", 2))]
    g = asyncio.gather(*tasks)
    loop.call_later(0.5, lambda: print("gather.cancel ->", g.cancel("stop all")))
    try:
        await g
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} awaiter: CancelledError args={e.args}")
    print("gather cancelled:", g.cancelled())
    for t in tasks:
        print(t.get_name(), "cancelled" if t.cancelled() else t.result())
    print("cancel again:", g.cancel())


asyncio.run(main())
