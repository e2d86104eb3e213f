# Checks gather() with no arguments: an already-finished future with result [], and awaiting it does not yield to the loop.
import asyncio


async def other():
    print("other task ran")


async def main():
    g = asyncio.gather()
    print("type:", type(g).__name__, "done:", g.done(), "result:", g.result())
    asyncio.create_task(other())
    print("awaited:", await g)
    print("before yield")
    await asyncio.sleep(0)
    print("after yield")
    g2 = asyncio.gather(return_exceptions=True)
    print("cancel a done empty gather:", g2.cancel(), await g2)


asyncio.run(main())
