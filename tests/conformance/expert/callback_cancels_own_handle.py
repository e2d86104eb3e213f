# A task's step may cancel the very handle the loop is running (the loop's
# _current_handle in debug mode): the step goes on, and the task still ends as it should.
import asyncio


async def child(i):
    asyncio.get_running_loop()._current_handle.cancel()
    await asyncio.sleep(0)
    return i * i


async def main():
    tasks = [asyncio.get_running_loop().create_task(child(i)) for i in range(50)]
    results = await asyncio.gather(*tasks)
    print(sum(results), [t.done() for t in tasks].count(True))


asyncio.run(main(), debug=True)
