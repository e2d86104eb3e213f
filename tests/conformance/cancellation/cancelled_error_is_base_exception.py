# CancelledError is a BaseException: `except Exception` does not catch it.
import asyncio


async def careless():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("never: Exception does not catch CancelledError")
    finally:
        print("finally runs")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    task = asyncio.create_task(careless())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(task.cancelled())


asyncio.run(main())
