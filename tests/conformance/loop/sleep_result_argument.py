# asyncio.sleep(delay, result) returns result for positive, zero and negative delays, and None by default.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    sentinel = object()
    print(await asyncio.sleep(1, "one"), loop.time())
    print(await asyncio.sleep(0, result=[1, 2]), loop.time())
    print(await asyncio.sleep(-3, result={"neg": True}), loop.time())
    print(await asyncio.sleep(0.5), loop.time())
    print((await asyncio.sleep(0, sentinel)) is sentinel)
    results = await asyncio.gather(asyncio.sleep(2, "slow"), asyncio.sleep(1, "fast"), asyncio.sleep(0, "now"))
    print(results, loop.time())
    t = asyncio.create_task(asyncio.sleep(1, result="from task"))
    print(await t, loop.time())


asyncio.run(main())
