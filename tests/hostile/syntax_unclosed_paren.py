# expect: exit 1
# stderr: SyntaxError
# same-as-cpython
# why: a call's parenthesis is never closed inside a coroutine
import asyncio

async def main():
    print("start"
    await asyncio.sleep(1)

asyncio.run(main())
