# A failure in an inner TaskGroup cancels the inner siblings, then leaves the inner group
# as an ExceptionGroup that fails the outer group in turn.
import asyncio


async def sleeper(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing():
    await asyncio.sleep(1)
    raise OSError("inner failure")


async def inner():
    async with asyncio.TaskGroup() as group:
        group.create_task(sleeper("inner-sibling", 5))
        group.create_task(failing())


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("outer-sibling", 5))
            outer.create_task(sleeper("outer-quick", 0.5))
            outer.create_task(inner())
    except* OSError as errors:
        print("outer caught", repr(errors))


asyncio.run(main())
