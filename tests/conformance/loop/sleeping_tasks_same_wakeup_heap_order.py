# Twenty tasks started at different times all wake at t=10: they resume in the heap's order of their timers.
import asyncio


async def sleeper(i):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(i % 4)            # start at t = 0, 1, 2 or 3
    await asyncio.sleep(10 - loop.time())  # wake exactly at t = 10.0
    print(f"sleeper {i:2d} woke at {loop.time():.3f}")


async def main():
    await asyncio.gather(*(sleeper(i) for i in range(20)))


asyncio.run(main())
