# Checks asyncio.wait on tasks already finished: it still passes through the loop once (other ready tasks run first).
import asyncio


async def other():
    print("other ran")


async def main():
    t = asyncio.create_task(asyncio.sleep(0, "r"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t done:", t.done())
    asyncio.create_task(other())
    print("before wait")
    done, pending = await asyncio.wait([t])
    print("after wait", len(done), len(pending))


asyncio.run(main())
