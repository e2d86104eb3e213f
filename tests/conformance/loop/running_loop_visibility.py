# is_running() and get_running_loop() inside callbacks, coroutines and done callbacks; get_debug() defaults to False.
import asyncio

loop = asyncio.new_event_loop()
print("before: is_running", loop.is_running(), "debug", loop.get_debug())


def cb(where):
    print(f"{where}: is_running={loop.is_running()} running_loop_is_loop={asyncio.get_running_loop() is loop}")


async def coro():
    cb("coroutine")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: cb("done callback"))
    loop.call_soon(cb, "call_soon")
    loop.call_later(0.1, cb, "call_later")
    loop.call_soon_threadsafe(cb, "call_soon_threadsafe")
    fut.set_result(None)
    await asyncio.sleep(0.2)


loop.run_until_complete(coro())
print("after: is_running", loop.is_running(), "| _get_running_loop:", asyncio._get_running_loop())
loop.set_debug(True)
print("set_debug(True) -> get_debug", loop.get_debug())
loop.set_debug(False)
print("set_debug(False) -> get_debug", loop.get_debug())
loop.close()


async def check_debug():
    return asyncio.get_running_loop().get_debug()


print("asyncio.run default debug:", asyncio.run(check_debug()))
print("asyncio.run(debug=True):", asyncio.run(check_debug(), debug=True))
print("asyncio.run(debug=False):", asyncio.run(check_debug(), debug=False))
