# Checks "Task exception was never retrieved": logged when an unobserved failed task is garbage collected (here via del + gc.collect()).
import asyncio
import gc


async def doomed():
    await asyncio.sleep(0.1)
    raise ValueError("nobody looked")


async def fine():
    await asyncio.sleep(0.1)
    raise KeyError("looked at")


async def main():
    t = asyncio.create_task(doomed(), name="doomed")
    u = asyncio.create_task(fine(), name="observed")
    await asyncio.sleep(0.5)
    print("doomed done:", t.done(), "observed exception:", repr(u.exception()))
    del t
    gc.collect()
    print("after collect")
    del u
    gc.collect()
    print("after second collect (nothing logged for observed)")


asyncio.run(main())
print("exit")
