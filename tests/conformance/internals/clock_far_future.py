# Far deadlines: the clock advances at most 86400 s per iteration (asyncio's longest
# select), and from 2**24 s on lands one double past a deadline so that it is due.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    for delay in (86399.5, 86400, 86400.25, 2 ** 24 - 1, 0.5, 3e7, 1e-9):
        await asyncio.sleep(delay)
        print(repr(loop.time()), repr(time.monotonic()), time.monotonic_ns())
    handle = loop.call_at(5e7, print, "late")
    await asyncio.sleep(3e7)
    print(repr(loop.time()), handle.when())


asyncio.run(main())
