# A TaskGroup child fails: its siblings are cancelled (their finally blocks run), the
# body is cancelled, and the ExceptionGroup is raised when all have ended.
import asyncio


async def child(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(name)
        print(name, "done")
    finally:
        print(name, "leaves at", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(child("slow", 5))
            group.create_task(child("fails", 1, fail=True))
            group.create_task(child("quick", 0.5))
            await asyncio.sleep(3)
            print("body never gets here")
    except* ValueError as errors:
        print("caught", [str(e) for e in errors.exceptions])
    print("after the group at", asyncio.get_running_loop().time())


asyncio.run(main())
