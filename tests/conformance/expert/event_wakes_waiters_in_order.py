# Event.set wakes every waiter, in the order they began to wait; clear makes new waiters
# wait again.
import asyncio


async def waiter(name, event):
    print(name, "waits")
    await event.wait()
    print(name, "woken at", asyncio.get_running_loop().time())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in "abc"]
    await asyncio.sleep(1)
    event.set()
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.gather(*tasks)
    await asyncio.sleep(1)
    print("late done?", late.done())
    event.set()
    await late


asyncio.run(main())
