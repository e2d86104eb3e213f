# Three tasks printing and yielding with sleep(0) three times: FIFO round-robin, numbered
# steps at one instant.
import asyncio


async def worker(name):
    for step in range(3):
        print(f"{name}{step}", end=" ")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("a"), worker("b"), worker("c"))
    print()


asyncio.run(main())
