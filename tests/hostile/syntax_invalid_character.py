# expect: exit 1
# stderr: SyntaxError: invalid character '×' (U+00D7)
# same-as-cpython
# why: a multiplication sign that is not the * operator
import asyncio

async def main():
    await asyncio.sleep(2 × 3)

asyncio.run(main())
