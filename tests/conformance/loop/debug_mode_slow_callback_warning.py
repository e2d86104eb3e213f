# In debug mode a callback that blocks for >= slow_callback_duration (0.1 s) is logged with its virtual duration.
import asyncio
import time


def quick():
    time.sleep(0.05)


def slow():
    time.sleep(0.25)


async def blocking_task():
    time.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "slow_callback_duration:", loop.slow_callback_duration)
    loop.call_soon(quick)
    loop.call_soon(slow)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.04
    loop.call_soon(quick)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 1.0
    loop.call_soon(slow)
    await asyncio.sleep(0)
    print("at", f"{loop.time():.2f}")


asyncio.run(main(), debug=True)
print(f"end at {time.monotonic():.2f}")
