# expect: exit 1
# stderr: SyntaxError: unterminated triple-quoted string literal
# same-as-cpython
# why: a docstring that is never closed
import asyncio

async def main():
    """Waits a second.
    await asyncio.sleep(1)

asyncio.run(main())
