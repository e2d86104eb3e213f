# expect: exit 1
# stderr: IndentationError: unindent does not match any outer indentation level
# same-as-cpython
# why: a dedent to a column that no outer block uses
import asyncio

async def main():
        await asyncio.sleep(0)
    print("where am I?")

asyncio.run(main())
