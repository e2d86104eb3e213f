# A done callback that raises is reported through the exception handler; the other callbacks still run.
import asyncio


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], "|", repr(context["exception"]))


def good(fut):
    print("good callback saw", fut.result())


def bad(fut):
    raise RuntimeError(f"bad callback saw {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(good)
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result("value")
    await asyncio.sleep(0)
    loop.set_exception_handler(handler)
    f2 = loop.create_future()
    f2.add_done_callback(bad)
    f2.add_done_callback(good)
    f2.set_result("second")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
