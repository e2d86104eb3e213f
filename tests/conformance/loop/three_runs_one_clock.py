# Three asyncio.run calls and a manual loop share one virtual clock: time keeps going across loops.
import asyncio
import time


async def phase(name, delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    print(f"{name}: {start:.3f} -> {loop.time():.3f} (monotonic {time.monotonic():.3f})")
    return loop


first = asyncio.run(phase("run 1", 1.5))
second = asyncio.run(phase("run 2", 2.25))
print("distinct loops:", first is not second, "both closed:", first.is_closed(), second.is_closed())
time.sleep(10)
print(f"after time.sleep(10) outside any loop: {time.monotonic():.3f}")
asyncio.run(phase("run 3", 0.125))
loop = asyncio.new_event_loop()
print(f"a fresh loop's time(): {loop.time():.3f}")
loop.run_until_complete(phase("manual loop", 4))
loop.close()
