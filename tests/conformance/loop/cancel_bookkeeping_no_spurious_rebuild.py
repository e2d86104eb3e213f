# Only cancels of still-scheduled timers count toward a heap rebuild, and head pops uncount them: no rebuild here.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    # phase 1: 60 timers run at t=1, then their (already run) handles are cancelled
    ran = [loop.call_at(1.0, out.append, f"r{i}") for i in range(60)]
    keep = [loop.call_at(4.0, out.append, i) for i in range(150)]
    await asyncio.sleep(1.5)
    print("phase 1 ran", len(out), "timers")
    out.clear()
    for h in ran:
        h.cancel()
    for h in keep[100:140]:
        h.cancel()
    await asyncio.sleep(0)
    # phase 2: 30 timers at the head are cancelled and popped lazily
    heads = [loop.call_at(2.0, out.append, f"h{i}") for i in range(30)]
    for h in heads:
        h.cancel()
    await asyncio.sleep(1)          # until t=2.5
    for h in keep[:35]:
        h.cancel()
    await asyncio.sleep(2)          # until t=4.5
    print("at t=4 ran:", out)


asyncio.run(main())
