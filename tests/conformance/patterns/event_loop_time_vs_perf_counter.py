# loop.time(), time.monotonic(), time.perf_counter() and time.time() read one clock.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    for pause in (0.25, 1, 0.001):
        await asyncio.sleep(pause)
        readings = (loop.time(), time.monotonic(), time.perf_counter(), time.time())
        print(readings, len(set(readings)) == 1)
    print(time.time_ns(), time.perf_counter_ns(), time.ctime(), time.gmtime()[:6])


asyncio.run(main())
