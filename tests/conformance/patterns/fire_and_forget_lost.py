# Fire-and-forget tasks: those unfinished when main returns are cancelled by asyncio.run,
# and a failing one logs "Task exception was never retrieved".
import asyncio


async def send_email(to, seconds):
    await asyncio.sleep(seconds)
    print("sent to", to)


async def broken():
    await asyncio.sleep(0.1)
    raise ValueError("nobody will see this... except the log")


async def main():
    asyncio.create_task(send_email("ann", 0.5))
    asyncio.create_task(send_email("bob", 5))
    task = asyncio.create_task(broken())
    await asyncio.sleep(1)
    del task
    print("main done")


asyncio.run(main())
