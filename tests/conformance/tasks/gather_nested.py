# Checks nested gathers: nested result lists, and cancelling the outer gather cancels the inner gather's children.
import asyncio


async def leaf(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} leaf {name} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    res = await asyncio.gather(
        asyncio.gather(leaf("a", 0.2), leaf("b", 0.1)),
        leaf("c", 0.15),
        asyncio.gather(asyncio.gather(leaf("d", 0.05)), leaf("e", 0.25)),
    )
    print(f"{loop.time():.3f} nested results: {res}")
    inner = asyncio.gather(leaf("p", 1), leaf("q", 2))
    outer = asyncio.gather(inner, leaf("r", 3))
    loop.call_later(0.5, outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} outer cancelled; inner cancelled: {inner.cancelled()}")


asyncio.run(main())
