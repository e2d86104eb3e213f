# contextlib.asynccontextmanager around a resource, with an error inside the block.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    await asyncio.sleep(0.2)
    print("acquire", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.1)
        print("release", name, "at", round(asyncio.get_running_loop().time(), 2))


async def main():
    async with resource("db") as db, resource("cache") as cache:
        print("using", db, cache)
    try:
        async with resource("file"):
            raise ValueError("broken")
    except ValueError as error:
        print("handled", error)


asyncio.run(main())
