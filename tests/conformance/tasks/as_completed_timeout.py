# Checks as_completed with a timeout: TimeoutError comes from awaiting the next item; unfinished tasks are not cancelled.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print(f"{asyncio.get_running_loop().time():.3f} {name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("x", 0.1), ("y", 0.5), ("z", 1.0))]
    got = []
    try:
        for c in asyncio.as_completed(ts, timeout=0.3):
            got.append(await c)
            print(f"{loop.time():.3f} got {got[-1]}")
    except TimeoutError as e:
        print(f"{loop.time():.3f} TimeoutError from iteration, args={e.args}")
    print("got:", got, "cancelled:", [t.cancelled() for t in ts])
    await asyncio.sleep(1)
    print(f"{loop.time():.3f} results:", [t.result() for t in ts])
    try:
        asyncio.as_completed(ts[0])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
