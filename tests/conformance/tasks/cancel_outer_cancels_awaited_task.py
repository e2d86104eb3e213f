# Checks that cancelling a task which awaits another task cancels the inner task too (inner finally runs first).
import asyncio


async def inner():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} inner cancelled, args={e.args}")
        raise
    finally:
        print("inner finally")


async def outer():
    loop = asyncio.get_running_loop()
    it = asyncio.create_task(inner(), name="inner")
    try:
        await it
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} outer cancelled; inner done={it.done()} cancelled={it.cancelled()}")
        raise
    finally:
        print("outer finally")


async def main():
    o = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(1)
    print("cancel outer:", o.cancel("from main"))
    try:
        await o
    except asyncio.CancelledError as e:
        print("main sees outer cancelled:", o.cancelled(), e.args)
    print("remaining:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
