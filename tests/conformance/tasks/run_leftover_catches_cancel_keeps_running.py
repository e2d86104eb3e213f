# Checks a leftover task that catches asyncio.run's shutdown cancellation and keeps running briefly: run waits for it.
import asyncio
import time


async def survivor():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} survivor caught shutdown cancel")
    for i in range(3):
        await asyncio.sleep(0.2)
        print(f"{loop.time():.3f} survivor still working {i}")
    print("survivor returns normally")
    return "ignored result"


async def main():
    asyncio.create_task(survivor())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print(f"asyncio.run returned at {time.monotonic():.3f}")
