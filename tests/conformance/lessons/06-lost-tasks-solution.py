import asyncio


async def risky(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: about to fail")
    raise ValueError(f"{name} broke")


async def main():
    watched = asyncio.create_task(risky("watched", 1), name="watched")
    forgotten = asyncio.create_task(risky("forgotten", 0.5), name="forgotten")
    for task in (forgotten, watched):
        try:
            await task
        except ValueError as err:
            print(f"main caught: {err!r}")
    print("main: done")


asyncio.run(main())
