# sleep(delay, result) returns result; sleep(0) and negative sleeps yield once.
import asyncio


async def other(log):
    log.append("other")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.5, result="value"), loop.time())
    log = []
    task = asyncio.create_task(other(log))
    await asyncio.sleep(-1)
    log.append("after negative sleep")
    await task
    print(log, loop.time())


asyncio.run(main())
