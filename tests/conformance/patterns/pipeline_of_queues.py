# A three-stage pipeline joined by queues, each stage with its own speed; sentinels end it.
import asyncio

DONE = object()


async def source(out, count):
    for n in range(count):
        await asyncio.sleep(0.1)
        await out.put(n)
    await out.put(DONE)


async def stage(name, inbox, out, seconds, work):
    while (item := await inbox.get()) is not DONE:
        await asyncio.sleep(seconds)
        result = work(item)
        print(f"{asyncio.get_running_loop().time():.2f} {name} {item} -> {result}")
        await out.put(result)
    await out.put(DONE)


async def sink(inbox, collected):
    while (item := await inbox.get()) is not DONE:
        collected.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    collected = []
    await asyncio.gather(source(q1, 5), stage("square", q1, q2, 0.3, lambda x: x * x),
                         stage("plus-one", q2, q3, 0.05, lambda x: x + 1), sink(q3, collected))
    print(collected)


asyncio.run(main())
