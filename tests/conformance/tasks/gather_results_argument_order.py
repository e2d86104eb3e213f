# Checks gather returns results in argument order although the children finish in another order, at the last child's time.
import asyncio


async def job(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.3f} {name} starts")
    await asyncio.sleep(delay)
    print(f"{loop.time():.3f} {name} finishes")
    return name.upper()


async def plain():
    return "plain"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, "FUT")
    res = await asyncio.gather(job("a", 0.3), job("b", 0.1), plain(), fut, job("c", 0.2))
    print(f"{loop.time():.3f} results:", res)


asyncio.run(main())
