# Checks cancel(msg): the message reaches the CancelledError inside the task and the one raised to its awaiter.
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside victim:", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.5)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"{loop.time():.3f} awaiter got:", e.args)
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message:", e.args)
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    v.cancel("first")
    v.cancel("second")
    try:
        await v
    except asyncio.CancelledError as e:
        print("two messages, got:", e.args)


asyncio.run(main())
