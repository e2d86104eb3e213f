# Checks that an exception in a task's done callback is logged by the loop and does not stop other callbacks.
import asyncio


async def work():
    await asyncio.sleep(0.25)
    return "r"


def bad_cb(fut):
    raise RuntimeError("callback failed")


def good_cb(fut):
    print("good callback saw", fut.result())


async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(bad_cb)
    t.add_done_callback(good_cb)
    print("awaited:", await t)
    await asyncio.sleep(0)
    print("main continues at", asyncio.get_running_loop().time())


asyncio.run(main())
