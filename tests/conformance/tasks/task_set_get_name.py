# Checks set_name/get_name: names convert with str(), renaming works before, during and after the run.
import asyncio


async def worker():
    me = asyncio.current_task()
    print("inside, before:", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0.5)
    print("inside, after sleep:", me.get_name())
    return me.get_name()


async def main():
    t = asyncio.create_task(worker(), name=42)
    print("given int name:", repr(t.get_name()))
    t.set_name(("tuple", 1))
    print("set tuple:", repr(t.get_name()))
    await asyncio.sleep(0)
    print("outside, after start:", t.get_name())
    print("result:", await t)
    t.set_name("after-done")
    print("done task renamed:", t.get_name(), t.done())
    u = asyncio.create_task(worker())
    print("default:", u.get_name())
    await u


asyncio.run(main())
