# Checks SystemExit raised in a child task: it leaves the loop at once, asyncio.run still cancels main during shutdown, exit status 4.
import asyncio


async def quitter():
    await asyncio.sleep(0.2)
    print("quitter raising SystemExit(4)")
    raise SystemExit(4)


quitters = []


async def main():
    loop = asyncio.get_running_loop()
    quitters.append(asyncio.create_task(quitter()))
    try:
        await asyncio.sleep(5)
        print("main not reached")
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} main cancelled during shutdown")
        raise
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    q = quitters[0]
    print("asyncio.run left; quitter done:", q.done(), "exception:", repr(q.exception()))
