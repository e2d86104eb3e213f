# expect: exit 0
# stdout: after nan 0.0
# same-as-cpython
# why: asyncio.sleep(nan): in CPython 3.11 the NaN timer is due at once
import asyncio

async def main():
    await asyncio.sleep(float("nan"))
    print("after nan", asyncio.get_running_loop().time())

asyncio.run(main())
