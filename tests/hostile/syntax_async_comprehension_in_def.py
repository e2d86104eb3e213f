# expect: exit 1
# stderr: SyntaxError: asynchronous comprehension outside of an asynchronous function
# same-as-cpython
# why: an async comprehension inside an ordinary function
import asyncio

async def numbers():
    for i in range(3):
        yield i

def collect():
    return [n async for n in numbers()]

print(collect())
