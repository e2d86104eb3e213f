# Handles cancelled before their turn never run, even when cancelled from a callback in
# the same iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    later = loop.call_soon(print, "cancelled by the first callback")
    loop.call_soon(lambda: later.cancel())
    soon = loop.call_soon(print, "cancelled at once")
    soon.cancel()
    soon.cancel()
    timer = loop.call_later(0.1, print, "cancelled timer")
    loop.call_soon(timer.cancel)
    loop.call_soon(later.cancel)
    loop.call_soon(print, "runs")
    await asyncio.sleep(0.2)
    print(later.cancelled(), soon.cancelled(), timer.cancelled())


asyncio.run(main())
