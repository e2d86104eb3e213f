# expect: stopped time
# args: --max-time 3600
# stderr: stopped at t=3600.000: virtual time would pass 3600 s, the horizon set by --max-time
# stdout: ticking
# why: sleeps a minute at a time for ever: the virtual clock runs away
import asyncio

async def main():
    print("ticking", flush=True)
    while True:
        await asyncio.sleep(60)

asyncio.run(main())
