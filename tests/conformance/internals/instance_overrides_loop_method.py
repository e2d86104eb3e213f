# A loop whose instance replaces get_debug and _timer_handle_cancelled: handles must call them.
import asyncio
calls = []
async def main():
    loop = asyncio.get_running_loop()
    original = loop._timer_handle_cancelled
    def counting(handle):
        calls.append("cancelled")
        original(handle)
    loop._timer_handle_cancelled = counting
    h = loop.call_later(5, print)
    h.cancel()
    await asyncio.sleep(0.1)
    print(calls, loop._timer_cancelled_count)
asyncio.run(main())
