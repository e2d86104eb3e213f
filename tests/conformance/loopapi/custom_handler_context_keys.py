# A custom exception handler sees the context CPython gives: keys for a failing callback
# and for a task whose exception was never retrieved.
import asyncio
import gc


def handler(loop, context):
    print(context["message"].split(" at ")[0], sorted(context),
          type(context.get("exception")).__name__)


async def doomed():
    raise OSError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    task = asyncio.create_task(doomed())
    await asyncio.sleep(0.1)
    del task
    gc.collect()
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to the default handler"})


asyncio.run(main())
