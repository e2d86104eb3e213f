import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name

async def broken():
    await asyncio.sleep(0.5)
    raise ValueError("no connection")

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("a", 1))
            group.create_task(broken())
            group.create_task(fetch("b", 2))
    except* ValueError as errors:
        print("caught", errors.exceptions)

asyncio.run(main())
