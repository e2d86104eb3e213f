# A task that calls loop.stop() pauses the loop mid-flight; the next run_until_complete resumes it where it was.
import asyncio

loop = asyncio.new_event_loop()


async def worker():
    for i in range(3):
        await asyncio.sleep(1)
        print(f"worker tick {i} at {loop.time()}")
        if i == 1:
            print("worker asks the loop to stop")
            loop.stop()
    return "worker done"


async def other():
    await asyncio.sleep(2.5)
    print("other ran at", loop.time())


task = loop.create_task(worker())
loop.create_task(other())
loop.run_forever()
print("run_forever returned at", loop.time(), "| task done?", task.done())
print(loop.run_until_complete(task), "at", loop.time())
print("run_until_complete again on the finished task:", loop.run_until_complete(task))
loop.close()
