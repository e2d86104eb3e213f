# Queue.join waits until every item is marked done; consumers finishing at different speeds.
import asyncio


async def consumer(name, queue, speed):
    while True:
        item = await queue.get()
        await asyncio.sleep(speed)
        print(f"{asyncio.get_running_loop().time():.2f} {name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in range(7):
        queue.put_nowait(item)
    workers = [asyncio.create_task(consumer("fast", queue, 0.2)),
               asyncio.create_task(consumer("slow", queue, 0.7))]
    await queue.join()
    print("all handled at", round(asyncio.get_running_loop().time(), 2))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
