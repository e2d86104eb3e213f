# gather without return_exceptions: the first failure reaches the awaiting task at once;
# the other children are not cancelled and finish later.
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished at {asyncio.get_running_loop().time()}")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 2), job("b", 1, fail=True), job("c", 3))
    except ValueError as error:
        print("caught", error, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("main ends at", asyncio.get_running_loop().time())


asyncio.run(main())
