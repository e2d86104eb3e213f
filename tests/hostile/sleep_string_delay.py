# expect: exit 1
# stderr: TypeError
# why: asyncio.sleep('1'): a string delay
import asyncio

async def main():
    await asyncio.sleep("1")

asyncio.run(main())
