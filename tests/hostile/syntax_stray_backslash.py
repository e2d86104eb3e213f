# expect: exit 1
# stderr: SyntaxError: unexpected character after line continuation character
# same-as-cpython
# why: a backslash in the middle of an expression
import asyncio

async def main():
    await asyncio.sleep(1 \ 2)

asyncio.run(main())
