# Future done callbacks: scheduled in add order via call_soon; remove_done_callback removes every copy and counts them.
import asyncio


def make(name):
    def cb(fut):
        print(f"{name} got {fut.result()!r}")
    cb.__qualname__ = name
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c, d = (make(n) for n in "abcd")
    for cb in (a, b, a, c, a, d):
        fut.add_done_callback(cb)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    print("removed unknown:", fut.remove_done_callback(print))
    print(repr(fut))
    loop.call_soon(print, "call_soon queued before set_result")
    fut.set_result(42)
    loop.call_soon(print, "call_soon queued after set_result")
    fut.add_done_callback(make("late"))
    print("removing b after done:", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
