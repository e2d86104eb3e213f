# Checks that a cancelled task or a failed task whose exception was retrieved via a done callback logs nothing when collected.
import asyncio
import gc


async def fails():
    await asyncio.sleep(0.1)
    raise RuntimeError("seen by callback")


async def main():
    t = asyncio.create_task(fails())
    t.add_done_callback(lambda f: print("callback saw", repr(f.exception())))
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0.2)
    del t, c
    gc.collect()
    print("collected, nothing logged")


asyncio.run(main())
