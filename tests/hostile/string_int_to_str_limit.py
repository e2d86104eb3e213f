# expect: exit 1
# stderr: ValueError: Exceeds the limit (4300 digits) for integer string conversion
# same-as-cpython
# why: str() of a 100,001-digit integer: CPython 3.11 refuses past 4300 digits
import asyncio

async def main():
    await asyncio.sleep(1)
    print(len(str(10**100000)))

asyncio.run(main())
