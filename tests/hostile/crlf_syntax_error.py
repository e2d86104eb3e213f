# expect: exit 1
# stderr: SyntaxError: invalid syntax
# same-as-cpython
# why: a syntax error in a CRLF file: the caret must still point at the column
import asyncio

async def main():
    x = 1 +* 2
    await asyncio.sleep(0)

asyncio.run(main())
