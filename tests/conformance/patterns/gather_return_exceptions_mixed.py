# gather(return_exceptions=True) with results, errors and a cancelled child, in argument order.
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ArithmeticError(n)


async def main():
    victim = asyncio.create_task(ok(10))
    asyncio.get_running_loop().call_later(0.5, victim.cancel)
    results = await asyncio.gather(ok(1), bad(0.2), victim, ok(0.1), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])


asyncio.run(main())
