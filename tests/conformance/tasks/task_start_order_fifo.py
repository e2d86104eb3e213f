# Checks that create_task does not run the coroutine until the creator yields, then tasks start FIFO and interleave round-robin on sleep(0).
import asyncio


async def worker(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(worker(n, log)) for n in "abc"]
    loop.call_soon(log.append, "soon")
    log.append("creator")
    print("before yield:", log)
    await asyncio.sleep(0)
    print("after one yield:", log)
    await asyncio.gather(*ts)
    print("all:", log)
    late = []
    t1 = asyncio.create_task(worker("x", late))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(worker("y", late))
    await asyncio.gather(t1, t2)
    print("staggered:", late, f"time {loop.time():.3f}")


asyncio.run(main())
