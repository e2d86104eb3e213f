# Checks an exception escaping the main coroutine: asyncio.run re-raises it (exit 1 with traceback) after cancelling leftovers.
import asyncio


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover finally ran during shutdown")


async def helper():
    await asyncio.sleep(0.5)
    raise ValueError("boom in helper")


async def main():
    asyncio.create_task(leftover())
    print("main starts")
    await helper()


asyncio.run(main())
print("not reached")
