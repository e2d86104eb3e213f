# Checks wait_for around shield: the timeout raises TimeoutError but the shielded task keeps running and can be awaited later.
import asyncio


async def long_job():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    print(f"{loop.time():.3f} long job done")
    return 99


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(long_job())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.5)
    except TimeoutError:
        print(f"{loop.time():.3f} timed out; job cancelled={t.cancelled()} done={t.done()}")
    print("awaiting job directly:", await t, f"at {loop.time():.3f}")


asyncio.run(main())
