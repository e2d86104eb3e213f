# expect: exit 0
# stdout: blocker done at 5.0
# stdout: ticker done at 6.0
# same-as-cpython
# why: a blocking time.sleep inside a task delays the other task, as in CPython
import asyncio
import time

async def blocker():
    time.sleep(5)
    print("blocker done at", asyncio.get_running_loop().time())

async def ticker():
    await asyncio.sleep(1)
    print("ticker done at", asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(blocker(), ticker())

asyncio.run(main())
