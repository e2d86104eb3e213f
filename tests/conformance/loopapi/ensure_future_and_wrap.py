# ensure_future with a coroutine, a task, a future and an awaitable object.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.5).__await__()
        return "from __await__"


async def coro():
    return "from a coroutine"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(coro())
    print(type(task).__name__, asyncio.ensure_future(task) is task)
    future = loop.create_future()
    print(asyncio.ensure_future(future) is future)
    wrapped = asyncio.ensure_future(Awaitable())
    print(type(wrapped).__name__, await task, await wrapped, loop.time())
    future.cancel()


asyncio.run(main())
