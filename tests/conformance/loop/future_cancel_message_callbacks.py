# cancel(msg) on a future: callbacks run via call_soon, the message rides on the CancelledError an awaiter sees.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as exc:
        print("waiter got CancelledError with args", exc.args)
        return "waiter handled it"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1: cancelled?", f.cancelled()))
    task = asyncio.create_task(waiter(fut))
    fut.add_done_callback(lambda f: print("callback 2 (added after the waiter)"))
    await asyncio.sleep(0)
    loop.call_later(1, fut.cancel, "stop it")
    print("waiter returns:", await task, "at", loop.time())
    try:
        fut.result()
    except asyncio.CancelledError as exc:
        print("result() raises CancelledError", exc.args)


asyncio.run(main())
