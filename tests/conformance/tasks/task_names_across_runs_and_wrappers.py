# Checks that the Task-N counter spans asyncio.run calls and counts tasks made by gather, wait_for, shield and as_completed.
import asyncio


async def who(tag):
    await asyncio.sleep(0.01)
    return f"{tag}:{asyncio.current_task().get_name()}"


async def first():
    print("first run main:", asyncio.current_task().get_name())
    print(await asyncio.gather(who("g1"), who("g2")))
    print(await asyncio.wait_for(who("wf"), 1))
    print(await asyncio.shield(who("sh")))
    t = asyncio.create_task(who("plain"))
    for c in asyncio.as_completed([t]):
        print(await c)
    print(await who("direct"))


async def second():
    print("second run main:", asyncio.current_task().get_name())
    print(await asyncio.wait_for(who("wf2"), None))
    t = asyncio.create_task(who("later"))
    print(await t)


asyncio.run(first())
asyncio.run(second())
