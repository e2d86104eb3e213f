# as_completed over tasks with distinct finish times, then with a timeout that expires.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    for next_done in asyncio.as_completed(tasks):
        print("got", await next_done, "at", asyncio.get_running_loop().time())
    tasks = [asyncio.create_task(job(n)) for n in (0.5, 5)]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=1):
            print("got", await next_done)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time(), "; still pending:",
              [t.done() for t in tasks])


asyncio.run(main())
