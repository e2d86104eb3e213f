# expect: stopped time
# args: --max-time 1000
# stderr: virtual time would pass 1000 s
# why: waits for a future resolved by a timer 1e300 seconds away
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1e300, future.set_result, "done")
    print(await future)

asyncio.run(main())
