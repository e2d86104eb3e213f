# expect: exit 1
# stderr: SyntaxError: unterminated string literal (detected at line
# same-as-cpython
# why: a string literal with no closing quote
import asyncio

async def main():
    print('waiting...)
    await asyncio.sleep(1)

asyncio.run(main())
