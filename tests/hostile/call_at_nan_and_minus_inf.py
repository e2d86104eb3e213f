# expect: exit 0
# stdout: nan timer
# stdout: -inf timer
# stdout: end at 1.0
# same-as-cpython
# why: timers at NaN and at minus infinity: both due at once, in order
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(float("nan"), print, "nan timer")
    loop.call_at(float("-inf"), print, "-inf timer")
    loop.call_later(float("inf"), print, "inf timer (never)")
    await asyncio.sleep(1)
    print("end at", loop.time())

asyncio.run(main())
