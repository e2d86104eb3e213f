# Checks the RuntimeWarning for a coroutine object that is dropped without being awaited.
import asyncio
import gc


async def forgotten(x):
    print("never printed", x)


async def main():
    print("creating a coroutine object")
    c = forgotten(1)
    print("type:", type(c).__name__)
    await asyncio.sleep(0.1)
    del c
    gc.collect()
    print("after del at", asyncio.get_running_loop().time())
    forgotten(2)
    print("end of main")


asyncio.run(main())
print("done")
