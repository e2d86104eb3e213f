# Calling a coroutine function does not run it: the warning on stderr, the program goes on.
import asyncio


async def greet():
    print("this never prints")


async def main():
    greet()
    await asyncio.sleep(0)
    print("main went on")


asyncio.run(main())
