# Heap rebuild needs more than 100 scheduled handles and more than half of them cancelled: 100, 101, 102 differ.
import asyncio


async def scenario(total):
    loop = asyncio.get_running_loop()
    base = loop.time()
    out = []
    handles = [loop.call_at(base + 2, out.append, i) for i in range(total)]
    doomed = ([i for i in range(1, total, 2)] + [2, 4])[:51]
    for i in doomed:
        handles[i].cancel()
    # the sleep below adds one more scheduled handle: total + 1 in the heap, 51 cancelled
    await asyncio.sleep(3)
    print(f"{total + 1} scheduled, {len(doomed)} cancelled -> {out}")


for total in (99, 100, 101):
    asyncio.run(scenario(total))
