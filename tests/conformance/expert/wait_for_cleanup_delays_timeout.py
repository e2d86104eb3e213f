# 3.11's wait_for wraps its awaitable in a task; on timeout it cancels it and waits for
# it to finish: a slow cleanup delays the TimeoutError.
import asyncio
import time


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print(f"cleanup starts at {time.monotonic():.2f}")
        await asyncio.sleep(0.5)
        print(f"cleanup ends at {time.monotonic():.2f}")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError:
        print(f"TimeoutError at {time.monotonic():.2f}")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
