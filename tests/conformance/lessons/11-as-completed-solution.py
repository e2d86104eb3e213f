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
    try:
        for next_one in asyncio.as_completed(tasks, timeout=2.5):
            result = await next_one
            print(f"result: {result}")
    except TimeoutError:
        print("gave up on the rest")


asyncio.run(main())
