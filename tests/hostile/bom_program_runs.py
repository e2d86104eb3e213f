# expect: exit 0
# stdout: bom is fine at 2.0
# same-as-cpython
# why: a UTF-8 byte order mark before the first line of a working program
import asyncio

async def main():
    await asyncio.sleep(2)
    print("bom is fine at", asyncio.get_running_loop().time())

asyncio.run(main())
