# expect: exit 1
# stderr: SyntaxError: unmatched ')'
# same-as-cpython
# why: a closing bracket that was never opened
import asyncio

async def main():
    await asyncio.sleep(1))

asyncio.run(main())
