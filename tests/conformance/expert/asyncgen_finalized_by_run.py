# An async generator left suspended is finalized by asyncio.run's shutdown_asyncgens:
# its finally block runs, as a task of its own.
import asyncio


async def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(1)
    finally:
        print("generator closed at", asyncio.get_running_loop().time(),
              "by", asyncio.current_task().get_name())


async def main():
    global generator
    generator = ticks()
    async for n in generator:
        print("tick", n)
        if n == 2:
            break
    print("main done")


asyncio.run(main())
