# Checks done-callback order against the awaiting task's wake-up, callbacks on an already-done task, and removal counts.
import asyncio


async def work():
    await asyncio.sleep(0.5)
    print("work returns")
    return 7


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())

    def cb(tag):
        def inner(fut):
            print(f"{loop.time():.3f} cb {tag} result={fut.result()}")
        return inner

    first = cb("first")
    t.add_done_callback(first)
    t.add_done_callback(cb("second"))

    async def awaiter():
        r = await t
        print(f"{loop.time():.3f} awaiter woke with {r}")

    w = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    t.add_done_callback(cb("third, added after awaiter"))
    t.add_done_callback(first)
    print("removed:", t.remove_done_callback(first))
    await w
    print("adding to a done task")
    t.add_done_callback(cb("late"))
    print("added late (not yet run)")
    await asyncio.sleep(0)
    print("after one yield")
    print("remove unknown:", t.remove_done_callback(print))


asyncio.run(main())
