# The docs' say_after tutorial: sequential awaits take 3 s, concurrent tasks 2 s, with %X timestamps and perf_counter.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def sequential():
    print(f"started at {time.strftime('%X')}")
    t0 = time.perf_counter()
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"finished at {time.strftime('%X')}")
    print(f"elapsed {time.perf_counter() - t0:.2f}")


async def concurrent():
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    print(f"started at {time.strftime('%X')}")
    t0 = time.perf_counter()
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")
    print(f"elapsed {time.perf_counter() - t0:.2f}")


async def grouped():
    t0 = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(say_after(1.5, "tg hello"))
        tg.create_task(say_after(0.5, "tg world"))
    print(f"taskgroup done at {time.strftime('%X')}, elapsed {time.monotonic() - t0:.2f}")


asyncio.run(sequential())
asyncio.run(concurrent())
asyncio.run(grouped())
