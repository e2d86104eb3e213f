# Checks timeout_at and Timeout.reschedule: moving the deadline later, earlier, to None, into the past, and after exit (error).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print(f"{loop.time():.3f} rescheduled to {cm.when():.3f}")
            await asyncio.sleep(5)
    except TimeoutError:
        print(f"{loop.time():.3f} fired at the new deadline")
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(1)
    print(f"{loop.time():.3f} disabled: expired={cm.expired()}")
    try:
        async with asyncio.timeout(None) as cm:
            await asyncio.sleep(0.3)
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"{loop.time():.3f} None then set: fired")
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() - 5)
            print("rescheduled into the past; still running")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"{loop.time():.3f} past deadline fired at next await")
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("after exit:", e)


asyncio.run(main())
