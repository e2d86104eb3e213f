# time.sleep blocks the whole loop on the virtual clock: a timer due meanwhile fires late
# (at once after the sleep), and tutorial timing code reads virtual seconds.
import asyncio
import time


async def sleeper():
    started = time.perf_counter()
    await asyncio.sleep(0.5)
    print(f"sleeper woke after {time.perf_counter() - started:.3f} s (asked for 0.5)")


async def blocker():
    print(f"blocker starts at {time.monotonic():.3f}, {time.strftime('%X')}")
    time.sleep(2)
    print(f"blocker ends at {time.monotonic():.3f}, {time.strftime('%X')}, {time.ctime()}")


async def main():
    started = time.time()
    await asyncio.gather(sleeper(), blocker())
    print(f"total {time.time() - started:.2f} s, {time.gmtime().tm_sec} s past the minute")
    time.sleep(61.5)
    print(time.strftime("%Y-%m-%d %H:%M:%S"), time.localtime().tm_min, time.asctime())


asyncio.run(main())
