# time.ctime/strftime/gmtime/localtime/time_ns all read the virtual clock (UTC, starting at the epoch).
import asyncio
import time


async def main():
    print("ctime:", time.ctime())
    print("strftime %X:", time.strftime("%X"), "| %Y-%m-%d %H:%M:%S:", time.strftime("%Y-%m-%d %H:%M:%S"))
    await asyncio.sleep(90061.25)         # 1 day, 1 hour, 1 minute, 1.25 seconds
    print("ctime:", time.ctime())
    print("strftime %X:", time.strftime("%X"), "| %A %j:", time.strftime("%A %j"))
    g = time.gmtime()
    print("gmtime fields:", g.tm_year, g.tm_yday, g.tm_hour, g.tm_min, g.tm_sec, "| asctime:", time.asctime())
    print("localtime == gmtime (TZ=UTC):", time.localtime() == g)
    print("time():", time.time(), "time_ns():", time.time_ns(), "monotonic_ns():", time.monotonic_ns())
    print("explicit ctime(0):", time.ctime(0))
    await asyncio.sleep(86400 * 59)
    print("two months in:", time.ctime(), time.strftime("%B"))
    print("perf_counter_ns:", time.perf_counter_ns())


asyncio.run(main())
