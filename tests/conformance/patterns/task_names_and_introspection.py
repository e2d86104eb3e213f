# Names of tasks (default and given), current_task in each, all_tasks as sorted names,
# the main task's name under asyncio.run, set_name while running.
import asyncio


async def child(seconds):
    me = asyncio.current_task()
    await asyncio.sleep(seconds)
    me.set_name(me.get_name() + "-renamed")
    return me.get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(1)), asyncio.create_task(child(2), name="second"),
             asyncio.ensure_future(child(3))]
    await asyncio.sleep(1.5)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
