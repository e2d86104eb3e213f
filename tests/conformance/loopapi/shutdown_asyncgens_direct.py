# shutdown_asyncgens closes suspended async generators, each in its own task.
import asyncio


async def numbers(name):
    try:
        for n in range(100):
            yield n
            await asyncio.sleep(0.1)
    finally:
        print(name, "closed by", asyncio.current_task().get_name())


async def main():
    loop = asyncio.get_running_loop()
    generators = [numbers("a"), numbers("b")]
    for g in generators:
        print(await g.__anext__())
    await loop.shutdown_asyncgens()
    print("done")


asyncio.run(main())
