# expect: stopped time
# args: --max-time 1000
# stderr: stopped at t=0.000
# stderr: virtual time would pass 1000 s
# stdout: sleeping
# why: asyncio.sleep(1e308): far past any horizon
import asyncio

async def main():
    print("sleeping", flush=True)
    await asyncio.sleep(1e308)
    print("woke")

asyncio.run(main())
