# expect: exit 0
# stdout: before
# same-as-cpython
# why: prints a lone surrogate: with no locale set, stdout uses surrogateescape and writes byte 0x80
import asyncio

async def main():
    print("before", flush=True)
    print("\udc80")

asyncio.run(main())
