# expect: exit 0
# stdout: a at 1.0
# stdout: b at 2.0
# stdout: done
# same-as-cpython
# why: a working asyncio program with Windows CRLF line endings
import asyncio

async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, "at", asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(tick("b", 2), tick("a", 1))
    print("done")

asyncio.run(main())
