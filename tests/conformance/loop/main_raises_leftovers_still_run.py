# main raising ends asyncio.run with a traceback (exit 1), yet callbacks it queued run in the loop's final iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    loop.call_soon(print, "queued call_soon still runs")
    loop.call_later(0, print, "call_later(0) still runs, after it")
    loop.call_later(5, print, "t=6 timer never runs")
    print("main raising at", loop.time())
    raise ValueError("main failed")


asyncio.run(main())
