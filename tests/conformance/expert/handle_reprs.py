# Handles and timer handles read as asyncio's: repr, when(), cancelled(), ordering.
import asyncio


def tick():
    pass


async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_soon(tick)
    timer = loop.call_later(1.5, tick)
    other = loop.call_at(timer.when(), tick)
    print(handle)
    print(timer, timer.when(), timer.cancelled())
    print(timer == other, timer < loop.call_later(2, tick), timer <= other, hash(timer) == hash(1.5))
    timer.cancel()
    print(timer, timer.cancelled())
    print(type(handle).__name__, type(timer).__name__, isinstance(timer, type(handle)))


asyncio.run(main())
