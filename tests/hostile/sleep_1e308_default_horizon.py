# expect: stopped time
# stderr: virtual time would pass 1000000000 s
# why: asyncio.sleep(1e308) under the default 1e9 s horizon: the clock must get there quickly
import asyncio

async def main():
    await asyncio.sleep(1e308)
    print("woke")

asyncio.run(main())
