# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Semaphore.acquire()
# why: acquires a Semaphore that starts at zero
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    async with sem:
        print("never")

asyncio.run(main())
