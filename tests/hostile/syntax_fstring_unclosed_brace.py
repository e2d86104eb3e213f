# expect: exit 1
# stderr: SyntaxError: f-string: expecting '}'
# same-as-cpython
# why: an f-string replacement field that is never closed
import asyncio

async def main():
    t = asyncio.get_running_loop().time()
    print(f"now {t")

asyncio.run(main())
