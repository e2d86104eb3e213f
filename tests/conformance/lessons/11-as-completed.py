import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    tasks = [
        asyncio.create_task(download("big", 3), name="big"),
        asyncio.create_task(download("small", 1), name="small"),
        asyncio.create_task(download("medium", 2), name="medium"),
    ]
    for next_one in asyncio.as_completed(tasks):
        mine = any(next_one is task for task in tasks)
        print(f"got a {type(next_one).__name__}; one of my tasks? {mine}")
        result = await next_one             # waits for whichever ends next
        print(f"result: {result}")


asyncio.run(main())
