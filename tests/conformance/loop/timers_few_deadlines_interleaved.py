# 27 timers over three distinct deadlines scheduled interleaved: per deadline, ties come out in heap order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    runs = {}

    def fire(label):
        runs.setdefault(loop.time(), []).append(label)

    deadlines = [3.0, 1.0, 2.0]
    for i in range(27):
        when = deadlines[i % 3]
        loop.call_at(when, fire, f"{when:g}#{i}")
    await asyncio.sleep(4)
    for t in sorted(runs):
        print(f"t={t:.3f}: {' '.join(runs[t])}")


asyncio.run(main())
