# Checks that CancelledError arrives at the task's next resume (code up to its await runs) and that finally blocks run.
import asyncio


async def worker(log):
    try:
        log.append("start")
        await asyncio.sleep(1)
        log.append("never: after first sleep")
    finally:
        log.append(f"finally at {asyncio.get_running_loop().time():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.3)
    t.cancel()
    print("right after cancel():", log)
    await asyncio.sleep(0)
    print("after one yield:", log, t.cancelled())

    async def busy(log2):
        log2.append("busy started")
        for i in range(3):
            log2.append(f"step {i}")
        await asyncio.sleep(0)
        log2.append("never after yield")

    log2 = []
    b = asyncio.create_task(busy(log2))
    b.cancel()
    print("cancelled before first step:", log2)
    try:
        await b
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} busy cancelled, log:", log2)


asyncio.run(main())
