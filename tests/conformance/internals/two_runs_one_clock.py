# Two asyncio.run calls share one clock and one task counter; a loop made by hand and
# closed between them keeps its own state.
import asyncio
import time


async def job(label, seconds):
    await asyncio.sleep(seconds)
    task = asyncio.current_task()
    print(label, task.get_name(), f"{time.monotonic():.3f}")


async def main(label):
    await asyncio.gather(job(label + "-a", 1), job(label + "-b", 0.5))
    return time.monotonic()


print(asyncio.run(main("first")))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main("manual")))
print(loop.is_closed(), loop.is_running())
loop.close()
print(asyncio.run(main("second")))
try:
    loop.run_until_complete(main("closed"))
except RuntimeError as error:
    print("RuntimeError:", error)
