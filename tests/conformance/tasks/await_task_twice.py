# Checks awaiting a finished task again (same result / same exception object) and reusing an awaited coroutine.
import asyncio


async def value():
    await asyncio.sleep(0.2)
    return [1, 2]


async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("k")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value())
    r1 = await t
    print(f"{loop.time():.3f} first await:", r1)
    r2 = await t
    print(f"{loop.time():.3f} second await:", r2, "same object:", r1 is r2)
    f = asyncio.create_task(failing())
    errs = []
    for i in range(2):
        try:
            await f
        except KeyError as e:
            errs.append(e)
            print("await", i, "raised", repr(e))
    print("same exception object:", errs[0] is errs[1])
    c = value()
    print("coro result:", await c)
    try:
        await c
    except RuntimeError as e:
        print("reawait coroutine:", e)
    # two tasks awaiting the same task concurrently
    shared = asyncio.create_task(value())

    async def waiter(n):
        r = await shared
        print(f"{loop.time():.3f} waiter {n} got {r}")

    await asyncio.gather(waiter(1), waiter(2))


asyncio.run(main())
