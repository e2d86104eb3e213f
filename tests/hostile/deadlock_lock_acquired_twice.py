# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Lock.acquire()
# stdout: first acquire
# why: a task acquiring an asyncio.Lock it already holds (it is not reentrant)
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("first acquire", flush=True)
        async with lock:
            print("never")

asyncio.run(main())
