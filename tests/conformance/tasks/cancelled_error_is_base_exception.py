# Checks that CancelledError is a BaseException (not caught by `except Exception`) and asyncio's exception aliases in 3.11.
import asyncio
import concurrent.futures


async def guarded():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught as Exception (wrong):", type(e).__name__)
    return "unreachable"


async def main():
    print("BaseException:", issubclass(asyncio.CancelledError, BaseException))
    print("Exception:", issubclass(asyncio.CancelledError, Exception))
    print("same as concurrent.futures:", asyncio.CancelledError is concurrent.futures.CancelledError)
    print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
    print("mro:", [c.__name__ for c in asyncio.CancelledError.__mro__])
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("main caught as Exception (wrong)")
    except BaseException as e:
        print("main caught BaseException:", type(e).__name__, "task cancelled:", t.cancelled())


asyncio.run(main())
