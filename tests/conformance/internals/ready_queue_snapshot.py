# The ready queue in order (loop._ready) while callbacks are scheduled from callbacks:
# those scheduled during an iteration wait for the next one.
import asyncio


def describe(loop):
    return [h._callback.__name__ if hasattr(h._callback, "__name__") else type(h._callback).__name__
            for h in loop._ready]


async def main():
    loop = asyncio.get_running_loop()

    def a():
        print("a sees", describe(loop))
        loop.call_soon(c)

    def b():
        print("b sees", describe(loop))

    def c():
        print("c sees", describe(loop))

    loop.call_soon(a)
    loop.call_soon(b)
    print("main sees", describe(loop))
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
