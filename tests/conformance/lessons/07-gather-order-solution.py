import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} finished at t={seconds}")
    return name.upper()


async def main():
    big = asyncio.create_task(download("big", 3), name="big")
    small = asyncio.create_task(download("small", 1), name="small")
    medium = asyncio.create_task(download("medium", 2), name="medium")
    results = await asyncio.gather(small, medium, big)
    print("results:", results)


asyncio.run(main())
