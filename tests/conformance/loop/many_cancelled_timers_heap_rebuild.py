# 150 equal-deadline timers, 90 cancelled: the loop rebuilds the heap (heapify) and survivors run in its order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    handles = [loop.call_at(5.0, out.append, i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 5 != 0 and i % 7 != 0:
            h.cancel()
    alive = [i for i, h in enumerate(handles) if not h.cancelled()]
    print("alive:", len(alive), "cancelled:", 150 - len(alive))
    await asyncio.sleep(6)
    print("ran:", out)
    print("same set as alive:", sorted(out) == alive, "in insertion order:", out == alive)


asyncio.run(main())
