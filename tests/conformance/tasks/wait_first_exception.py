# Checks asyncio.wait FIRST_EXCEPTION: returns at the first failure (not at earlier successes); cancellation does not count as exception.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        print(f"{asyncio.get_running_loop().time():.3f} {name} fails")
        raise RuntimeError(name)
    print(f"{asyncio.get_running_loop().time():.3f} {name} ok")
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job("ok1", 0.1), name="ok1"),
          asyncio.create_task(job("bad", 0.3, fail=True), name="bad"),
          asyncio.create_task(job("late", 0.8), name="late")]
    cancelled = asyncio.create_task(job("victim", 0.5), name="victim")
    loop.call_later(0.2, cancelled.cancel)
    done, pending = await asyncio.wait(ts + [cancelled], return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f} done={sorted(t.get_name() for t in done)} pending={sorted(t.get_name() for t in pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        if not t.cancelled() and t.exception():
            print("exception in", t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)
    print(f"{loop.time():.3f} late finished: {ts[2].result()}")


asyncio.run(main())
