# Cancelled timers at the heap's head are popped at the start of the next iteration, reshaping the equal-deadline heap.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    handles = [loop.call_at(3.0, out.append, i) for i in range(16)]
    # 0 is the root; after popping it 2 becomes the root, then 6: all three leave the heap
    # at the start of the next iteration. 5 is cancelled too but stays until t=3.
    for i in (0, 2, 6, 5):
        handles[i].cancel()
    await asyncio.sleep(0)
    # pushed into the heap as it is after those pops
    late = [loop.call_at(3.0, out.append, f"late{j}") for j in range(8)]
    await asyncio.sleep(4)
    print("ran in order:", out)
    print("cancelled flags:", [h.cancelled() for h in handles[:8]], "late cancelled:", any(h.cancelled() for h in late))


asyncio.run(main())
