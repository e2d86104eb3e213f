# sleep(0) yields exactly one loop iteration: tasks with different step counts interleave round-robin.
import asyncio

trace = []


async def worker(name, steps, spawn=None):
    for i in range(steps):
        trace.append(f"{name}{i}")
        if spawn is not None and i == 1:
            asyncio.create_task(worker(*spawn))
        await asyncio.sleep(0)
    trace.append(f"{name}!")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(worker("a", 4)),
             asyncio.create_task(worker("b", 2, spawn=("s", 3))),
             asyncio.create_task(worker("c", 3))]
    loop.call_soon(trace.append, "cb")
    await asyncio.sleep(0)
    trace.append("main")
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(" ".join(trace))
    print("clock never moved:", loop.time())


asyncio.run(main())
