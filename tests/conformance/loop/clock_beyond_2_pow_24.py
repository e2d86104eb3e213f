# Above 2**24 s a 1e-9 step no longer changes a double: the clock lands one step past each deadline.
import asyncio
import math
import time


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2 ** 24 + 0.5)
    t = loop.time()
    print("after sleep(2**24 + 0.5):", repr(t), "past deadline by", t - (2 ** 24 + 0.5))
    print("next double after deadline?", t == math.nextafter(2 ** 24 + 0.5, math.inf))
    print("monotonic agrees:", time.monotonic() == t, "ns:", time.monotonic_ns())
    await asyncio.sleep(2 ** 25)
    t2 = loop.time()
    print("after sleep(2**25):", repr(t2), f"{t2:.6f}")
    h = loop.call_later(0.25, lambda: print("quarter second later:", repr(loop.time())))
    print("its when():", repr(h.when()))
    await asyncio.sleep(1)
    print("end:", repr(loop.time()))


asyncio.run(main())
