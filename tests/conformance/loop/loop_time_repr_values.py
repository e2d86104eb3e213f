# loop.time() printed raw (repr) and formatted as virtual time accumulates by float additions.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("start", repr(loop.time()), f"{loop.time():.3f}")
    for _ in range(3):
        await asyncio.sleep(0.1)
        print("after 0.1:", repr(loop.time()), f"{loop.time():.3f}")
    await asyncio.sleep(1 / 3)
    print("after 1/3:", repr(loop.time()), f"{loop.time():.6f}")
    await asyncio.sleep(2.675)
    t = loop.time()
    print("after 2.675:", repr(t), f"{t:.2f}", f"{t:.10f}", round(t, 2))
    await asyncio.sleep(1e-3)
    print("after 1e-3:", repr(loop.time()))
    await asyncio.sleep(123456.789)
    print("after 123456.789:", repr(loop.time()), f"{loop.time():.3f}")
    print("time() is float:", type(loop.time()).__name__)


asyncio.run(main())
