import asyncio


async def child(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: finished")
    return name


async def main():
    one = asyncio.create_task(child("one", 1, fail=True), name="one")
    two = asyncio.create_task(child("two", 2), name="two")
    three = asyncio.create_task(child("three", 3), name="three")
    try:
        await asyncio.gather(one, two, three)
    except ValueError as err:
        print(f"main caught {err!r}")
    await asyncio.sleep(1.5)            # the loop goes on running the others
    print("main: returning")


asyncio.run(main())
