# Checks a main task that is cancelled (here by itself via a timer): asyncio.run raises CancelledError, exit 1.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, asyncio.current_task().cancel, "main cancelled")
    try:
        await asyncio.sleep(1)
    finally:
        print(f"{loop.time():.3f} main finally")


asyncio.run(main())
