# wait_for with timeout=None waits for ever; timeout=0 on an unfinished coroutine times out
# at once (after cancelling it); on a finished future it returns the result.
import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(job(2), timeout=None), loop.time())
    try:
        await asyncio.wait_for(job(1), timeout=0)
    except TimeoutError:
        print("timeout=0 raised at", loop.time())
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, timeout=0))


asyncio.run(main())
