# except* routing of a TaskGroup's ExceptionGroup: two handlers, each sees its part.
import asyncio


async def fail(seconds, error):
    await asyncio.sleep(seconds)
    raise error


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail(1, ValueError("bad value")))
            group.create_task(fail(1, TypeError("bad type")))
            group.create_task(fail(1, ValueError("another")))
    except* ValueError as values:
        print("values:", sorted(str(e) for e in values.exceptions))
    except* TypeError as types:
        print("types:", [str(e) for e in types.exceptions])
    print("handled at", asyncio.get_running_loop().time())


asyncio.run(main())
