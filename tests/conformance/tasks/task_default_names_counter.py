# Checks default task names Task-N: one global counter (main task is Task-1); asyncio.create_task(name=...) still uses a number, loop.create_task(name=...) does not.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    d = loop.create_task(noop())
    e = loop.create_task(noop(), name="loop-named")
    f = loop.create_task(noop())
    g = asyncio.ensure_future(noop())
    h = asyncio.create_task(noop(), name=None)
    for t in (a, b, c, d, e, f, g, h):
        print(t.get_name())
    await asyncio.gather(a, b, c, d, e, f, g, h)
    i = asyncio.create_task(noop())
    print("after gather:", i.get_name())
    await i


asyncio.run(main())
