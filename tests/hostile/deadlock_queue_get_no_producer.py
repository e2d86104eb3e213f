# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Queue.get()
# stdout: got only one
# why: a consumer waiting on a Queue that no one fills
import asyncio

async def consumer(queue):
    while True:
        item = await queue.get()
        print("got", item)

async def main():
    queue = asyncio.Queue()
    await queue.put("only one")
    await consumer(queue)

asyncio.run(main())
