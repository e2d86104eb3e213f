# expect: exit 1
# stderr: IndentationError: expected an indented block after function definition on line
# same-as-cpython
# why: an async def whose body is not indented
import asyncio

async def main():
await asyncio.sleep(0)

asyncio.run(main())
