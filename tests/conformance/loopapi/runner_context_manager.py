# asyncio.Runner: several run() calls on one loop, get_loop, and close.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name(), asyncio.get_running_loop().time()


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(0.5)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(step(0))
except RuntimeError as error:
    print("RuntimeError:", error)
