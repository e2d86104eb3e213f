# shield() protects the inner task, not the caller: the caller's await is cancelled.
import asyncio


async def payment():
    await asyncio.sleep(2)
    print("payment committed at", asyncio.get_running_loop().time())
    return "ok"


async def checkout(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("checkout cancelled at", asyncio.get_running_loop().time(), "; inner done:", inner.done())
        raise


async def main():
    inner = asyncio.create_task(payment())
    caller = asyncio.create_task(checkout(inner))
    await asyncio.sleep(1)
    caller.cancel()
    await asyncio.gather(caller, return_exceptions=True)
    print("inner result:", await inner)


asyncio.run(main())
