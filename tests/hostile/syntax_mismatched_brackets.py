# expect: exit 1
# stderr: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
# same-as-cpython
# why: a bracket is closed by the wrong kind of bracket
import asyncio

async def main():
    results = await asyncio.gather(*[asyncio.sleep(d) for d in (1, 2])
    print(results)

asyncio.run(main())
