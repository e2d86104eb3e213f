# Another mistake: loop.time without the call prints the method, not the time; and what
# call_later keeps, printed, names its callback.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print("forgot the parentheses:", loop.time)
    print("the time:", loop.time())
    handle = loop.call_later(1, loop.stop)
    print(handle)
    handle.cancel()
    print(loop.call_soon(time.sleep, 0))
    await asyncio.sleep(0)
    print(loop.is_running(), loop.is_closed(), f"{loop.time():.1f}")


asyncio.run(main())
