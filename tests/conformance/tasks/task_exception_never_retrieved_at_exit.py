# Checks the never-retrieved log for a failed task that stays referenced until interpreter exit.
import asyncio

keep = []


async def doomed():
    await asyncio.sleep(0.1)
    raise OSError(5, "kept until exit")


async def main():
    keep.append(asyncio.create_task(doomed(), name="kept"))
    await asyncio.sleep(0.2)
    print("main ends, task done:", keep[0].done())


asyncio.run(main())
print("last line of the program")
