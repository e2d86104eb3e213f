# asyncio.wait with each return_when, and with a timeout: nothing is cancelled, pending
# tasks keep running.
import asyncio


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise KeyError(seconds)
    return seconds


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        tasks = [asyncio.create_task(job(s, fail=(s == 2)), name=f"t{s}") for s in (3, 2, 1)]
        done, pending = await asyncio.wait(tasks, return_when=when)
        print(when, f"{loop.time():.1f}", names(done), names(pending))
        await asyncio.wait(tasks)
    tasks = [asyncio.create_task(job(s), name=f"u{s}") for s in (1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print("timeout", f"{loop.time():.1f}", names(done), names(pending))
    print("pending result later:", await pending.pop())


asyncio.run(main())
