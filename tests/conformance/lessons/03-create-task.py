import asyncio


async def cook(dish, seconds):
    me = asyncio.current_task().get_name()
    print(f"{me}: start {dish}")
    await asyncio.sleep(seconds)
    print(f"{me}: {dish} is done")
    return dish


async def main():
    soup = asyncio.create_task(cook("soup", 2), name="soup")
    rice = asyncio.create_task(cook("rice", 1), name="rice")
    print("main: both tasks created")
    rice.set_name("rice-pot")
    print(f"main: my tasks are {soup.get_name()} and {rice.get_name()}")
    await soup                          # main's first await: now the tasks run
    await rice                          # done since t=1: no waiting here
    print(f"main: served {soup.result()} and {rice.result()}")


asyncio.run(main())
