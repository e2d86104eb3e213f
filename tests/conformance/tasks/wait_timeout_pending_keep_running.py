# Checks asyncio.wait with a timeout: no TimeoutError, nothing cancelled, pending tasks finish later on their own.
import asyncio


async def job(name, d):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(d)
        print(f"{loop.time():.3f} {name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled (wrong)")
        raise


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("fast", 0.2), ("mid", 0.7), ("slow", 1.2))]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(f"{loop.time():.3f} after wait: done={sorted(t.get_name() for t in done)} pending={sorted(t.get_name() for t in pending)}")
    done, pending = await asyncio.wait(ts, timeout=0)
    print(f"{loop.time():.3f} timeout=0: done={len(done)} pending={len(pending)}")
    done, pending = await asyncio.wait(ts, timeout=5)
    print(f"{loop.time():.3f} timeout=5 returned early: done={len(done)} pending={len(pending)}")
    await asyncio.sleep(10)
    print(f"{loop.time():.3f} end")


asyncio.run(main())
