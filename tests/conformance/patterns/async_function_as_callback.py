# A learner's mistake: an async function given to call_soon. The loop calls it, which
# only makes a coroutine; nothing awaits it, and CPython warns where it is dropped.
import asyncio


async def greet(name):
    print("hello", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(greet, "world")
    await asyncio.sleep(0.1)
    print("greet never printed: its coroutine was never awaited")
    loop.call_soon(lambda: asyncio.ensure_future(greet("again")))
    await asyncio.sleep(0.1)


asyncio.run(main())
