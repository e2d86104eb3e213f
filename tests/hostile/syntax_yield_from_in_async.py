# expect: exit 1
# stderr: SyntaxError: 'yield from' inside async function
# same-as-cpython
# why: 'yield from' inside an async def
import asyncio

async def main():
    yield from asyncio.sleep(1)

asyncio.run(main())
