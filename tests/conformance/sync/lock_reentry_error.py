# Lock is not reentrant; release of an unlocked lock raises RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.5)
    except TimeoutError:
        print("second acquire by the same task times out at", asyncio.get_running_loop().time())
    lock.release()
    try:
        lock.release()
    except RuntimeError as error:
        print("RuntimeError:", error)
    print(lock.locked())


asyncio.run(main())
