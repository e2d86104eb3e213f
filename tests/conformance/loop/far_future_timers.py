# Timers far in the future (1e6 s, 3e7 s) fire at their deadlines though the loop advances at most a day per step.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    fired = []

    def fire(label):
        fired.append(label)
        print(f"{label}: loop.time()={loop.time()!r} time.time()={time.time()!r}")

    loop.call_later(1e6, fire, "1e6")
    loop.call_at(3e7, fire, "3e7")
    loop.call_later(86400, fire, "one day")
    loop.call_later(86400 * 2.5, fire, "2.5 days")
    loop.call_at(3e7, fire, "3e7 again")
    loop.call_later(1e6 + 1e-6, fire, "1e6 + 1e-6")
    await asyncio.sleep(4e7)
    print(f"main wakes at {loop.time():.3f}; fired {len(fired)}")


asyncio.run(main())
