# BoundedSemaphore refuses a release beyond its initial value; a plain one allows it.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain value after extra release:", plain._value)
    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        print("inside, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
