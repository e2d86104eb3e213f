# Positional arguments pass through call_soon/call_later/call_at; context= selects the
# context the callback sees.
import asyncio
import contextvars

colour = contextvars.ContextVar("colour", default="none")


def show(*args):
    print(args, colour.get())


async def main():
    loop = asyncio.get_running_loop()
    red = contextvars.copy_context()
    red.run(colour.set, "red")
    colour.set("blue")
    loop.call_soon(show, 1, "two", [3])
    loop.call_soon(show, "red context", context=red)
    loop.call_later(0.1, show, "later", context=red)
    loop.call_at(loop.time() + 0.2, show, "at")
    colour.set("green")
    await asyncio.sleep(0.3)


asyncio.run(main())
