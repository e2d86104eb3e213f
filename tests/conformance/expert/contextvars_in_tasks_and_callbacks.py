# Each task runs in a copy of the context it was created in; call_soon(context=...) runs
# a callback in the given one.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    request.set(name)
    await asyncio.sleep(0.1)
    print("handler sees", request.get())


async def main():
    loop = asyncio.get_running_loop()
    request.set("main")
    await asyncio.gather(handler("a"), handler("b"))
    print("main sees", request.get())
    other = contextvars.copy_context()
    other.run(request.set, "other")
    loop.call_soon(lambda: print("callback sees", request.get()), context=other)
    loop.call_soon(lambda: print("default callback sees", request.get()))
    await asyncio.sleep(0)


asyncio.run(main())
