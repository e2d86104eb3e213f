# Popping earlier timers reshapes the heap: equal-deadline timers added before and after come out in heap order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []

    def fire(label):
        out.append(label)

    for i in range(8):
        loop.call_at(2.0, fire, f"A{i}")
        loop.call_at(1.0, fire, f"early{i}")
    loop.call_at(1.0, lambda: out.append("--- t=1 done scheduling B ---") or
                 [loop.call_at(2.0, fire, f"B{j}") for j in range(8)])
    await asyncio.sleep(1.5)
    print("by 1.5:", " ".join(out))
    out.clear()
    await asyncio.sleep(1)
    print("at 2.0:", " ".join(out))


asyncio.run(main())
