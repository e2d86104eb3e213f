# loop.stop() inside asyncio.run makes run_until_complete raise "Event loop stopped before Future completed." (exit 1).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("main starts; stopping the loop from a timer at t=2")
    loop.call_later(2, loop.stop)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled at", loop.time(), "while asyncio.run shuts down")
        raise


asyncio.run(main())
print("not reached")
