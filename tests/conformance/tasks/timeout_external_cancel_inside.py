# Checks asyncio.timeout when the task is cancelled from outside before the deadline: CancelledError passes through, no TimeoutError.
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} CancelledError passed through; expired={cm.expired()}")
        raise


async def both_at_once():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(0.4)
            loop.call_at(loop.time() + 0.1, me.cancel)
            await asyncio.sleep(1)
    except TimeoutError:
        print("both_at_once: TimeoutError")
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} both_at_once: CancelledError wins (cancelling={me.cancelling()})")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("worker cancelled:", t.cancelled())
    u = asyncio.create_task(both_at_once())
    await asyncio.gather(u, return_exceptions=True)
    print(f"{loop.time():.3f} both_at_once cancelled:", u.cancelled())


asyncio.run(main())
