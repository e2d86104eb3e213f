# Callbacks that raise are logged by the default exception handler (stderr) and the loop carries on.
import asyncio


def boom(n):
    raise ValueError(f"boom {n}")


def fine(n):
    print("fine", n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(fine, 1)
    loop.call_soon(boom, 1)
    loop.call_soon(fine, 2)
    loop.call_later(1, boom, 2)
    loop.call_later(1, fine, 3)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(2)
    print("main still running at", loop.time())


asyncio.run(main())
print("asyncio.run returned normally")
