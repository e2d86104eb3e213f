# Cancelling one child of a gather: the gather fails with CancelledError at once; the
# others keep running.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    print("job", n, "finished")
    return n


async def main():
    children = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    gathering = asyncio.gather(*children)
    await asyncio.sleep(0.5)
    children[1].cancel()
    try:
        await gathering
    except asyncio.CancelledError:
        print("gather raised CancelledError at", asyncio.get_running_loop().time())
    await asyncio.sleep(3)
    print([c.cancelled() for c in children], gathering.cancelled())


asyncio.run(main())
