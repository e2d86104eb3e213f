# expect: stopped time
# args: --max-time 1000
# stderr: virtual time would pass 1000 s
# why: asyncio.sleep(inf)
import asyncio

async def main():
    await asyncio.sleep(float("inf"))

asyncio.run(main())
