# A custom exception handler that raises SystemExit leaves the loop at once; the callback
# still ready runs when asyncio.run, shutting down, runs the loop again to cancel main.
import asyncio


def handler(loop, context):
    print("handler got:", context["message"], type(context["exception"]).__name__)
    raise SystemExit(7)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(print, "ready before the exit, run during the shutdown")
    try:
        await asyncio.sleep(1)
    finally:
        print("main's finally runs when asyncio.run cancels it")


asyncio.run(main())
