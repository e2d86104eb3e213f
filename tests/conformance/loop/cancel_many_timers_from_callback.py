# A timer callback cancels 130 of 200 pending timers; the next iteration rebuilds the heap before the clock moves.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = []
    for i in range(200):
        when = 10.0 + (i % 4)          # deadlines 10, 11, 12, 13
        handles.append(loop.call_at(when, fired.append, (when, i)))

    def purge():
        n = 0
        for i, h in enumerate(handles):
            if i % 3 != 1:
                h.cancel()
                n += 1
        print(f"purge at {loop.time():.3f} cancelled {n}")

    loop.call_at(5.0, purge)
    await asyncio.sleep(20)
    for when in (10.0, 11.0, 12.0, 13.0):
        ids = [i for (w, i) in fired if w == when]
        print(f"{when:.0f}: {ids}")
    print("total fired:", len(fired))


asyncio.run(main())
