# asyncio.timeout_at with an absolute deadline shared by several steps.
import asyncio


async def step(n):
    await asyncio.sleep(0.4)
    print("step", n, "done at", round(asyncio.get_running_loop().time(), 2))


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 1
    try:
        async with asyncio.timeout_at(deadline):
            for n in range(5):
                await step(n)
    except TimeoutError:
        print("deadline reached at", round(loop.time(), 2))


asyncio.run(main())
