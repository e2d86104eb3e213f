# A task that runs a second event loop to completion inside its own step (blocking the
# outer loop meanwhile): the inner loop's tasks run, then the outer task goes on.
import asyncio
from asyncio import events


async def inner(n):
    await asyncio.sleep(0.5)
    print("inner", n, "at", asyncio.get_running_loop().time())
    return n


async def both():
    return await asyncio.gather(inner(1), inner(2))


async def outer():
    await asyncio.sleep(1)
    loop = asyncio.get_running_loop()
    events._set_running_loop(None)  # run_until_complete refuses inside a running loop
    nested = asyncio.new_event_loop()
    try:
        result = nested.run_until_complete(both())
    finally:
        nested.close()
        events._set_running_loop(loop)
    print("nested gave", result)
    await asyncio.create_task(inner(3))
    print("outer done at", loop.time())


asyncio.run(outer())
