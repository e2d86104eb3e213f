# A PriorityQueue of jobs served by two workers: lower numbers first.
import asyncio


async def worker(name, queue, log):
    while True:
        priority, job = await queue.get()
        await asyncio.sleep(0.5)
        log.append((name, priority, job))
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for priority, job in [(5, "backup"), (1, "alert"), (3, "email"), (1, "page"), (2, "sms")]:
        queue.put_nowait((priority, job))
    log = []
    workers = [asyncio.create_task(worker(n, queue, log)) for n in ("w1", "w2")]
    await queue.join()
    for w in workers:
        w.cancel()
    print(log, asyncio.get_running_loop().time())


asyncio.run(main())
