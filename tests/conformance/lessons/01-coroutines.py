import asyncio


async def brew(drink):
    print(f"brewing {drink}")
    await asyncio.sleep(1)
    print(f"{drink} is ready")
    return drink


async def main():
    brew("tea")                      # called, never awaited: nothing runs
    cup = await brew("coffee")       # awaited: it runs, and main waits for it
    print(f"main got {cup}")


asyncio.run(main())
