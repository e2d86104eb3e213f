# 32 timers over four deadlines in a shuffled insertion order: each deadline's group runs in heap order.
import asyncio
import random


async def main():
    loop = asyncio.get_running_loop()
    rng = random.Random(7)
    plan = [(rng.choice([1.0, 2.0, 2.0, 3.0, 4.0]), i) for i in range(32)]
    print("plan:", " ".join(f"{i}@{w:g}" for w, i in plan))
    seen = []
    for when, i in plan:
        loop.call_at(when, lambda w=when, i=i: seen.append(f"{i}@{loop.time():g}"))
    await asyncio.sleep(5)
    print("runs:", " ".join(seen))


asyncio.run(main())
