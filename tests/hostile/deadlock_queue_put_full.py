# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Queue.put()
# stdout: put 1
# why: a producer filling a bounded Queue that no one empties
import asyncio

async def main():
    queue = asyncio.Queue(maxsize=2)
    for i in range(5):
        await queue.put(i)
        print("put", i, flush=True)

asyncio.run(main())
