import asyncio
import time


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def sleeper():
    print(f"{now()} sleeper: sleeping 0.5 s")
    await asyncio.sleep(0.5)
    print(f"{now()} sleeper: awake")


async def blocker():
    print(f"{now()} blocker: time.sleep(2)")
    time.sleep(2)                          # blocks the whole loop, not just this task
    print(f"{now()} blocker: done")


async def ticker():
    for i in range(3):
        print(f"{now()} ticker: tick {i}")
        await asyncio.sleep(0)             # let the others run


async def cruncher():
    total = 0
    for n in range(5_000):                # pure computation: never awaits
        total += n * n
    print(f"{now()} cruncher: total {total}")


async def main():
    await asyncio.gather(asyncio.create_task(sleeper(), name="sleeper"),
                         asyncio.create_task(blocker(), name="blocker"))
    await asyncio.gather(asyncio.create_task(ticker(), name="ticker"),
                         asyncio.create_task(cruncher(), name="cruncher"))


asyncio.run(main())
