# Checks as_completed yields results in completion order (distinct finish times), each at its finishing time.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d)) for n, d in (("c", 0.3), ("a", 0.1), ("d", 0.4), ("b", 0.2))]
    it = asyncio.as_completed(ts)
    print("iterator type:", type(it).__name__)
    for i, c in enumerate(it):
        r = await c
        print(f"{loop.time():.3f} #{i} {r}")
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "future")
    done_first = asyncio.create_task(job("instant", 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for c in asyncio.as_completed([fut, done_first]):
        r = await c
        print(f"{loop.time():.3f} {r}")


asyncio.run(main())
