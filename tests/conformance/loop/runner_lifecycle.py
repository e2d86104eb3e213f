# asyncio.Runner: one loop for several run() calls, get_loop(), errors for a non-coroutine and after close.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop()


runner = asyncio.Runner()
loop = runner.get_loop()
print("loop created lazily by get_loop; running?", loop.is_running(), "closed?", loop.is_closed())
print("same loop in run #1:", runner.run(step(1)) is loop, loop.time())
print("same loop in run #2:", runner.run(step(2)) is loop, loop.time())
try:
    runner.run(step)
except ValueError as exc:
    print("ValueError:", str(exc).split(" at ")[0])
print("run with result:", runner.run(asyncio.sleep(0.5, result="slept")), loop.time())
runner.close()
print("after close: loop closed?", loop.is_closed())
runner.close()
print("closing twice is fine")
coro = step(1)
try:
    runner.run(coro)
except RuntimeError as exc:
    print("RuntimeError:", exc)
coro.close()

with asyncio.Runner() as r2:
    print("context manager run:", r2.run(asyncio.sleep(1, result="ok")), r2.get_loop().time())
try:
    r2.get_loop()
except RuntimeError as exc:
    print("get_loop after exit:", exc)
