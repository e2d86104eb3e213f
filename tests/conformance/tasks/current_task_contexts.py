# Checks current_task(): the running task inside coroutines, None in plain callbacks and done callbacks, error outside a loop.
import asyncio


def cb(label):
    t = asyncio.current_task()
    print(label, "current_task is None:", t is None)


async def child():
    me = asyncio.current_task()
    print("child sees itself:", me.get_name())
    await asyncio.sleep(0.1)
    print("child still itself after sleep:", asyncio.current_task() is me)


async def main():
    main_task = asyncio.current_task()
    print("main:", main_task.get_name())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "call_soon")
    loop.call_later(0.05, cb, "call_later")
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(lambda f: cb("done-callback"))
    await t
    print("main again:", asyncio.current_task() is main_task)
    print("current_task(loop) works:", asyncio.current_task(loop) is main_task)


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
