# Async generators chained: a ticking source, a filter and an async comprehension.
import asyncio


async def numbers(limit, every):
    for n in range(limit):
        await asyncio.sleep(every)
        yield n


async def evens(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def main():
    squares = [n * n async for n in evens(numbers(10, 0.2))]
    print(squares, asyncio.get_running_loop().time())
    total = sum([n async for n in numbers(4, 0.1)])
    print(total, round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
