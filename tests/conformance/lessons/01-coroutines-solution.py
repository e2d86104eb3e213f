import asyncio


async def brew(drink):
    print(f"brewing {drink}")
    await asyncio.sleep(1)
    print(f"{drink} is ready")
    return drink


async def main():
    await brew("tea")
    cup = await brew("coffee")
    print(f"main got {cup}")


asyncio.run(main())
