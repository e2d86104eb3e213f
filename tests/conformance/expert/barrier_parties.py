# Barrier (3.11): three parties arrive at different times and leave together.
import asyncio


async def party(n, barrier):
    await asyncio.sleep(n)
    print("party", n, "arrives at", asyncio.get_running_loop().time())
    index = await barrier.wait()
    print("party", n, "passes with index", index, "at", asyncio.get_running_loop().time())


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(party(n, barrier) for n in range(3)))


asyncio.run(main())
