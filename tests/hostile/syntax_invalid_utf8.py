# expect: exit 1
# stderr: SyntaxError: Non-UTF-8 code starting with '\xff'
# stderr: but no encoding declared
# same-as-cpython
# why: raw bytes 0xff 0xfe inside a string literal, no encoding declared
import asyncio

async def main():
    print("cafÿþ")

asyncio.run(main())
