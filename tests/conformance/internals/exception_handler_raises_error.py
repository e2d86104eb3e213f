# An exception handler that itself fails is reported by the default handler, with both
# tracebacks; the loop goes on.
import asyncio


def handler(loop, context):
    raise RuntimeError("the handler is broken too")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0.5)
    print("still running at", loop.time())


asyncio.run(main())
