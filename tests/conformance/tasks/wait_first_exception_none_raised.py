# Checks asyncio.wait FIRST_EXCEPTION when nothing fails (acts like ALL_COMPLETED) and when a task already failed before the wait.
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise IndexError(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d)) for d in (0.4, 0.1, 0.2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f} done={len(done)} pending={len(pending)} results={sorted(t.result() for t in done)}")
    failed = asyncio.create_task(job(0, fail=True))
    await asyncio.sleep(0.01)
    slow = asyncio.create_task(job(1.0))
    done, pending = await asyncio.wait([slow, failed], return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f} pre-failed: done={len(done)} pending={len(pending)} failed in done={failed in done}")
    print("exception:", repr(failed.exception()))
    await slow
    print(f"{loop.time():.3f} slow done")


asyncio.run(main())
