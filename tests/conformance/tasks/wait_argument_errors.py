# Checks asyncio.wait argument errors: empty set (ValueError), bad return_when, a bare future or coroutine instead of an iterable.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for label, call in (
        ("empty set", lambda: asyncio.wait(set())),
        ("empty list", lambda: asyncio.wait([])),
        ("bad return_when", lambda: asyncio.wait([loop.create_future()], return_when="SOMETIMES")),
        ("bare future", lambda: asyncio.wait(loop.create_future())),
    ):
        try:
            await call()
        except (ValueError, TypeError) as e:
            print(f"{label}: {type(e).__name__}: {e}")
    try:
        await asyncio.wait(asyncio.sleep(0))
    except TypeError as e:
        print("bare coroutine:", e)
    print("time:", loop.time())


asyncio.run(main())
