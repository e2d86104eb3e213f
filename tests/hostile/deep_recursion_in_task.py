# expect: exit 1
# stderr: RecursionError: maximum recursion depth exceeded
# why: unbounded recursion of a plain function inside a task
import asyncio

def down(n):
    return down(n + 1) + 1

async def main():
    await asyncio.sleep(1)
    print(down(0))

asyncio.run(main())
