# Checks gather with the same coroutine object (and the same task) passed twice: one task runs it, its result appears twice.
import asyncio


async def once(tag):
    print("running", tag, "in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return tag


async def main():
    c = once("coro")
    res = await asyncio.gather(c, c, once("other"))
    print(res)
    t = asyncio.create_task(once("task"), name="T")
    print(await asyncio.gather(t, t, t))
    print("next default name:", asyncio.create_task(asyncio.sleep(0)).get_name())


asyncio.run(main())
