# Checks gather without return_exceptions: the first error reaches the awaiter at once while the other children keep running.
import asyncio


async def child(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        if fail:
            print(f"{loop.time():.3f} {name} raising")
            raise ValueError(name)
        print(f"{loop.time():.3f} {name} completed")
        return name
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} {name} cancelled (should not happen)")
        raise


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(child("slow", 0.6), name="slow")
    g = asyncio.gather(a, child("bad", 0.2, fail=True), child("mid", 0.4))
    try:
        await g
    except ValueError as e:
        print(f"{loop.time():.3f} awaiter got ValueError({e})")
    print("gather done:", g.done(), "slow done:", a.done())
    await asyncio.sleep(1)
    print(f"{loop.time():.3f} slow result:", a.result())
    print("pending tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
