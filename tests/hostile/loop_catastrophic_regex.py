# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stdout: matching
# why: a regular expression with exponential backtracking, inside a task
import asyncio
import re

async def main():
    print("matching", flush=True)
    print(re.match(r"(a+)+$", "a" * 64 + "b"))

asyncio.run(main())
