# Checks Timeout reprs through its states and misuse errors (reschedule before enter).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(12.3456)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.2)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    print(repr(cm2))
    cm3 = asyncio.timeout(1)
    try:
        cm3.reschedule(5)
    except AssertionError:
        print("reschedule before enter: AssertionError")
    except RuntimeError as e:
        print("reschedule before enter:", e)
    print(f"{loop.time():.3f}")


asyncio.run(main())
