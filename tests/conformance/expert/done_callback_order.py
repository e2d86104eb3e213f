# Done callbacks run in the order added, each in its own later loop step; one added
# after the future is done is scheduled at once; removal removes every copy.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    log = lambda tag: (lambda f: print(tag, f.result()))
    a, b = log("a"), log("b")
    future.add_done_callback(a)
    future.add_done_callback(b)
    future.add_done_callback(a)
    print("removed", future.remove_done_callback(a))
    loop.call_soon(print, "soon before set_result")
    future.set_result(42)
    loop.call_soon(print, "soon after set_result")
    future.add_done_callback(log("late"))
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0)


asyncio.run(main())
