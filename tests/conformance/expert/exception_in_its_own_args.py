# An exception can hold itself among its arguments; its repr would recurse for ever, so
# CPython's own repr stops at the recursion limit. Raising and catching it is fine.
import asyncio


async def boom():
    error = ValueError("loop")
    error.args = (error, "more")
    raise error


async def main():
    task = asyncio.create_task(boom())
    try:
        await task
    except ValueError as error:
        print("caught a ValueError whose first argument is itself:", error.args[0] is error)
    result = await asyncio.gather(boom(), return_exceptions=True)
    print(type(result[0]).__name__, len(result[0].args))


asyncio.run(main())
