# An async iterator class with __aiter__/__anext__ and an async context manager class.
import asyncio


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.n -= 1
        return self.n + 1


class Connection:
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open at", asyncio.get_running_loop().time())
        return self

    async def __aexit__(self, kind, error, traceback):
        await asyncio.sleep(0.1)
        print("closed at", asyncio.get_running_loop().time(), "error:", kind)
        return kind is KeyError


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    async with Connection():
        raise KeyError("swallowed by __aexit__")
    print("after the with block")


asyncio.run(main())
