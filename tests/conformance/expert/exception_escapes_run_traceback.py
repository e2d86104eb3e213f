# An exception raised three calls deep in a task escapes asyncio.run: CPython's traceback,
# frames of asyncio included.
import asyncio


def parse(text):
    return int(text)


async def load(text):
    await asyncio.sleep(0.1)
    return parse(text)


async def main():
    values = await asyncio.gather(load("1"), load("two"))
    print(values)


asyncio.run(main())
