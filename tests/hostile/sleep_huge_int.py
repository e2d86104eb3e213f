# expect: exit 1
# stderr: OverflowError: int too large to convert to float
# why: asyncio.sleep(10**400): an int too large for a float
import asyncio

async def main():
    await asyncio.sleep(10**400)

asyncio.run(main())
