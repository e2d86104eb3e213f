# Checks gather with two failing children: the first error propagates, the second is marked retrieved (nothing logged).
import asyncio
import gc


async def fail(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.3f} {name} raises")
    raise RuntimeError(name)


async def main():
    try:
        await asyncio.gather(fail("first", 0.1), fail("second", 0.2))
    except RuntimeError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    gc.collect()
    print("no 'exception was never retrieved' expected")


asyncio.run(main())
print("exit")
