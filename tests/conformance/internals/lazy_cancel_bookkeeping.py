# Cancelled timers stay in the heap until they reach its head, or until more than half
# of over 100 timers are cancelled, when the heap is rebuilt: the counts and the array
# after each step must be CPython's.
import asyncio


def state(loop, label):
    print(f"{label}: scheduled={len(loop._scheduled)} "
          f"cancelled_count={loop._timer_cancelled_count}")


async def main():
    loop = asyncio.get_running_loop()
    timers = [loop.call_later(1 + (i % 7) * 0.25, lambda: None) for i in range(150)]
    state(loop, "start")
    for t in timers[::3]:
        t.cancel()
    state(loop, "a third cancelled")
    await asyncio.sleep(0)
    state(loop, "after one iteration")
    for t in timers[1::3]:
        t.cancel()
    state(loop, "two thirds cancelled")
    await asyncio.sleep(0)
    state(loop, "after the rebuild")
    print([round(h.when() - loop.time(), 2) for h in loop._scheduled][:12])
    await asyncio.sleep(2)
    state(loop, "all fired")


asyncio.run(main())
