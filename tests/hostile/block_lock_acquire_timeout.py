# expect: stopped cpu
# args: --max-cpu 1
# stderr: of real time
# stdout: waiting on the lock
# why: waits 60 real seconds on a lock with a timeout, from inside a task
import asyncio
import threading

async def main():
    lock = threading.Lock()
    lock.acquire()
    print("waiting on the lock", flush=True)
    print(lock.acquire(timeout=60))

asyncio.run(main())
