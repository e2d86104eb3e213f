# expect: exit 0
# stdout: 10000 1.0
# same-as-cpython
# why: ten thousand tasks cancelled at once while sleeping
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(100)) for _ in range(10000)]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(isinstance(r, asyncio.CancelledError) for r in results), asyncio.get_running_loop().time())

asyncio.run(main())
