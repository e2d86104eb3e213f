# A callback that raises: the default handler logs it on stderr and the loop goes on.
import asyncio


def broken(n):
    return {"a": 1}[n]


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, "b")
    loop.call_later(0.5, broken, "c")
    await asyncio.sleep(1)
    print("still running at", loop.time())


asyncio.run(main())
