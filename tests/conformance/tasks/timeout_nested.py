# Checks nested asyncio.timeout blocks: the one that fired converts the CancelledError, the other lets things continue or fires itself.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # inner fires first, outer keeps going
    async with asyncio.timeout(2) as outer:
        try:
            async with asyncio.timeout(0.5) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print(f"{loop.time():.3f} inner timed out; inner.expired={inner.expired()} outer.expired={outer.expired()}")
        await asyncio.sleep(0.5)
    print(f"{loop.time():.3f} outer ended normally: expired={outer.expired()}")
    # outer fires first, inside the inner block
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(3) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner raised TimeoutError (wrong)")
            except asyncio.CancelledError:
                print(f"{loop.time():.3f} inner block passes CancelledError; inner.expired={inner.expired()}")
                raise
    except TimeoutError:
        print(f"{loop.time():.3f} outer TimeoutError; outer.expired={outer.expired()}")
    # both due at the same instant
    try:
        async with asyncio.timeout(0.3) as a:
            async with asyncio.timeout(0.3) as b:
                await asyncio.sleep(1)
    except TimeoutError:
        print(f"{loop.time():.3f} same deadline: outer expired={a.expired()} inner expired={b.expired()}")
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
