# A cancelled timer that is due but not at the heap's head when an iteration begins is
# moved to the ready queue without lowering the cancelled count (CPython's own drift),
# which changes when the next rebuild happens.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    keep = loop.call_at(now + 1, print, "first")
    doomed = [loop.call_at(now + 1, print, "never", i) for i in range(5)]
    later = [loop.call_at(now + 5 + i, lambda: None) for i in range(110)]

    def cancel_them():
        for handle in doomed:
            handle.cancel()
        print("cancelled; count", loop._timer_cancelled_count)

    loop.call_at(now + 0.5, cancel_them)
    await asyncio.sleep(1.5)
    print("count after", loop._timer_cancelled_count, "scheduled", len(loop._scheduled))
    for handle in later[:60]:
        handle.cancel()
    await asyncio.sleep(0)
    print("count after rebuild", loop._timer_cancelled_count, "scheduled", len(loop._scheduled))


asyncio.run(main())
