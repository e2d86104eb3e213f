# Cancelling the outer task cancels the task it awaits, and every coroutine between.
import asyncio


async def leaf():
    try:
        await asyncio.sleep(10)
    finally:
        print("leaf finally")


async def middle():
    try:
        await leaf()
    finally:
        print("middle finally")


async def outer(inner_task):
    try:
        await inner_task
    finally:
        print("outer finally")


async def main():
    inner = asyncio.create_task(middle())
    top = asyncio.create_task(outer(inner))
    await asyncio.sleep(1)
    top.cancel()
    await asyncio.gather(top, return_exceptions=True)
    print("inner cancelled:", inner.cancelled(), "top cancelled:", top.cancelled())


asyncio.run(main())
