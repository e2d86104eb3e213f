# A callback running at t=2 that schedules call_at(2.0) gets it in the next iteration, behind the ready queue.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def first():
        print("first at", loop.time())
        loop.call_at(2.0, print, "call_at(2.0) from first")
        loop.call_at(1.0, print, "call_at(1.0) from first (overdue)")
        loop.call_soon(print, "call_soon from first")
        loop.call_later(0, print, "call_later(0) from first")

    loop.call_at(2.0, first)
    loop.call_at(2.0, print, "second timer at 2.0")
    loop.call_at(2.0 + 1e-10, print, "timer at 2.0 + 1e-10 (within resolution)")
    loop.call_at(2.0 + 2e-9, print, "timer at 2.0 + 2e-9 (next iteration, clock moves)")
    await asyncio.sleep(3)
    print("main at", loop.time())


asyncio.run(main())
