# Checks all_tasks(): includes main and not-yet-started tasks, drops finished ones (names printed sorted).
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print("alone:", names())
    a = asyncio.create_task(sleeper(0.1), name="a")
    b = asyncio.create_task(sleeper(0.3), name="b")
    c = asyncio.create_task(sleeper(0), name="c")
    print("just created:", names())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after two yields:", names(), "c.done:", c.done())
    await asyncio.sleep(0.2)
    print("at 0.2:", names())
    b.cancel()
    print("right after cancel:", names())
    await asyncio.sleep(0)
    print("after cancel settled:", names())
    print("count:", len(asyncio.all_tasks()))


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside loop:", e)
