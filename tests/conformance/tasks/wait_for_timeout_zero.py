# Checks wait_for with timeout 0 or negative: an unfinished awaitable is cancelled before it starts (TimeoutError), a done one returns.
import asyncio


async def quick():
    print("quick body ran")
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError as e:
        print(f"{loop.time():.3f} timeout=0 on coroutine: TimeoutError, cause {type(e.__cause__).__name__}")
    done = loop.create_future()
    done.set_result("already")
    print("timeout=0 on done future:", await asyncio.wait_for(done, 0))
    t = asyncio.create_task(quick())
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print("negative timeout, task cancelled:", t.cancelled())
    t2 = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("finished task with timeout=0:", await asyncio.wait_for(t2, 0))
    print("end", loop.time())


asyncio.run(main())
