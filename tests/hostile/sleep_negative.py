# expect: exit 0
# stdout: after -1 0.0
# stdout: after -1e308 0.0
# same-as-cpython
# why: asyncio.sleep(-1) returns at once
import asyncio

async def main():
    await asyncio.sleep(-1)
    print("after -1", asyncio.get_running_loop().time())
    await asyncio.sleep(-1e308)
    print("after -1e308", asyncio.get_running_loop().time())

asyncio.run(main())
