# Checks done()/cancelled() through a task's life: created, running, cancel requested, cancelled, finished, failed.
import asyncio


def flags(t):
    return f"done={t.done()} cancelled={t.cancelled()}"


async def body(me):
    print("inside running:", flags(me[0]))
    await asyncio.sleep(1)


async def main():
    box = []
    t = asyncio.create_task(body(box))
    box.append(t)
    print("created:", flags(t))
    await asyncio.sleep(0)
    print("sleeping:", flags(t))
    print("cancel() ->", t.cancel())
    print("cancel requested:", flags(t))
    await asyncio.sleep(0)
    print("after cancel delivered:", flags(t))
    ok = asyncio.create_task(asyncio.sleep(0.1, "fine"))
    await ok
    print("finished:", flags(ok), ok.result())

    async def boom():
        raise OSError("x")

    bad = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("failed:", flags(bad), type(bad.exception()).__name__)


asyncio.run(main())
