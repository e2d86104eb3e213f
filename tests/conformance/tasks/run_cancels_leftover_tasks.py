# Checks that asyncio.run cancels tasks still pending when main returns; their finally blocks run (staggered sleeps keep output ordered).
import asyncio
import time


seen = []


async def leftover(i):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        seen.append((i, e.args))
        raise
    finally:
        await asyncio.sleep(0.1 * i)
        print(f"{loop.time():.3f} leftover {i} finally done")


async def main():
    for i in (3, 1, 2):
        asyncio.create_task(leftover(i), name=f"left{i}")
    await asyncio.sleep(0.5)
    print("main returns; pending:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    return "main result"


print("run returned:", asyncio.run(main()))
print("cancelled leftovers (sorted):", sorted(seen))
print(f"after run, clock {time.monotonic():.3f}")
