# A periodic ticker task running until main cancels it; the ticker drifts by the work it does.
import asyncio
import time


async def ticker(period):
    count = 0
    try:
        while True:
            await asyncio.sleep(period)
            count += 1
            print(f"tick {count} at {time.monotonic():.2f}")
            time.sleep(0.05)
    except asyncio.CancelledError:
        print(f"ticker stopped after {count} ticks")
        raise


async def main():
    task = asyncio.create_task(ticker(0.5))
    await asyncio.sleep(2.4)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("cancelled:", task.cancelled())


asyncio.run(main())
