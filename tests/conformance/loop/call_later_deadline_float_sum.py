# call_later computes time() + delay in doubles: 0.1 + 0.2 is not 0.3, so "equal" deadlines can differ.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def show(label):
        print(f"{label}: time={loop.time()!r}")

    loop.call_later(0.3, show, "direct 0.3")

    def at_point_one():
        show("at 0.1")
        h = loop.call_later(0.2, show, "0.1 + 0.2")
        print("  its when() is", repr(h.when()))

    loop.call_later(0.1, at_point_one)
    loop.call_at(0.30000000000000004, show, "call_at 0.30000000000000004")
    await asyncio.sleep(1)

    # ten chained 0.1 steps do not land on 1.1
    start = loop.time()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print("ten sleeps of 0.1 from", repr(start), "->", repr(loop.time()))
    print("expected naive:", repr(start + 1.0))


asyncio.run(main())
