import asyncio


async def child(name, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    print(f"{name}: finished")
    return name


async def main():
    tasks = [
        asyncio.create_task(child("quick", 0.5), name="quick"),
        asyncio.create_task(child("middle", 2), name="middle"),
        asyncio.create_task(child("slow", 3), name="slow"),
    ]
    group = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(1)
    print("main: cancelling middle only")
    tasks[1].cancel()
    try:
        print("results:", await group)
    except asyncio.CancelledError:
        print("main: the gather raised CancelledError")


asyncio.run(main())
