# expect: exit 1
# stderr: IndentationError: unexpected indent
# same-as-cpython
# why: a line indented for no reason at module level
import asyncio
    print("indented")

async def main():
    await asyncio.sleep(0)

asyncio.run(main())
