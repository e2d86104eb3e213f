# expect: exit 1
# stderr: SyntaxError: cannot assign to function call here
# same-as-cpython
# why: assigning to a coroutine call
import asyncio

async def main():
    asyncio.sleep(1) = 2

asyncio.run(main())
