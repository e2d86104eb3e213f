import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def work(name, seconds, fail=False, cleanup=0):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{now()} {name}: cancelled")
        await asyncio.sleep(cleanup)         # tidying up takes a while
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{now()} {name}: done")


async def section():
    async with asyncio.TaskGroup() as inner:
        inner.create_task(work("parse", 1, fail=True), name="parse")
        inner.create_task(work("index", 2), name="index")


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(section(), name="section")
            outer.create_task(work("upload", 3, cleanup=0.5), name="upload")
    except* ValueError as errors:
        print(f"{now()} main: {errors!r}")


asyncio.run(main())
