# Checks wait_for when the inner task swallows the timeout's cancellation and returns: wait_for returns that value late, no TimeoutError.
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} inner swallowed cancel")
    await asyncio.sleep(0.4)
    return "inner value"


async def stubborn_raiser():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("raised instead of cancelling")


async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(stubborn(), 1)
        print(f"{loop.time():.3f} wait_for returned {r!r}")
    except TimeoutError:
        print(f"{loop.time():.3f} TimeoutError")
    try:
        await asyncio.wait_for(stubborn_raiser(), 0.5)
    except TimeoutError:
        print("TimeoutError")
    except KeyError as e:
        print(f"{loop.time():.3f} wait_for raised KeyError {e}")


asyncio.run(main())
