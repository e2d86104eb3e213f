# Timers already overdue come out in deadline order, not in the order they were scheduled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(10)
    now = loop.time()
    print("now", now)
    for offset in (3, 9, 1, 7, 5, 2, 8, 4, 6):
        loop.call_at(now - offset, print, f"overdue by {offset}")
    loop.call_at(now + 1, print, "in one second")
    await asyncio.sleep(0)
    print("after sleep(0) at", loop.time())
    await asyncio.sleep(1)
    print("after sleep(1) at", loop.time())


asyncio.run(main())
