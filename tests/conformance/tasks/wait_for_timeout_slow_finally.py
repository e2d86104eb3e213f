# Checks that on timeout wait_for waits for the cancelled inner task to finish: a finally that sleeps delays the TimeoutError.
import asyncio


async def slow_cleanup():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    finally:
        print(f"{loop.time():.3f} cleanup starts")
        await asyncio.sleep(0.75)
        print(f"{loop.time():.3f} cleanup ends")


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        await asyncio.sleep(0.4)
        print(f"{loop.time():.3f} tick")


async def main():
    loop = asyncio.get_running_loop()
    tk = asyncio.create_task(ticker())
    try:
        await asyncio.wait_for(slow_cleanup(), 1)
    except TimeoutError:
        print(f"{loop.time():.3f} TimeoutError reached main")
    await tk


asyncio.run(main())
