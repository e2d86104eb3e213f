# The body of a TaskGroup raises while children run: the children are cancelled and the
# body's error comes out inside an ExceptionGroup.
# (They are cancelled in the order of the group's set of tasks, which follows addresses:
# CPython's own order varies here, and every order it gives is kept as a variant.)
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            for n in range(3):
                group.create_task(child(n))
            await asyncio.sleep(1)
            raise LookupError("the body gave up")
    except* LookupError as errors:
        print("caught", errors.exceptions)


asyncio.run(main())
