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
    results = await asyncio.gather(one, two, three, return_exceptions=True)
    print("results:", results)
    print("main: returning")


asyncio.run(main())
