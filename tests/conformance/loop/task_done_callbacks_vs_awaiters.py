# A task's done callbacks and its awaiters' wake-ups are one list: they run in registration order.
import asyncio


async def child():
    await asyncio.sleep(1)
    return "child result"


async def awaiter(name, task):
    result = await task
    print(f"{name} resumed with {result!r}")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(child(), name="child")
    task.add_done_callback(lambda t: print("callback A (before awaiters)"))
    w1 = asyncio.create_task(awaiter("awaiter-1", task))
    await asyncio.sleep(0)                 # awaiter-1 registers its wake-up now
    task.add_done_callback(lambda t: print("callback B (between awaiters)"))
    w2 = asyncio.create_task(awaiter("awaiter-2", task))
    await asyncio.sleep(0)
    task.add_done_callback(lambda t: print("callback C (last)"))
    await asyncio.gather(w1, w2)
    task.add_done_callback(lambda t: print("callback D (after done)"))
    print("main after gather; D is scheduled, not run yet")
    await asyncio.sleep(0)
    print(repr(task))


asyncio.run(main())
