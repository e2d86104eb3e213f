import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{now()} {name}: cancelled")
        raise
    if fail:
        raise ValueError(f"{name} broke")
    print(f"{now()} {name}: done")


async def tolerant(coro):
    try:
        await coro
    except ValueError as error:
        print(f"{now()} tolerated {error!r}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("quick", 0.5), name="quick")
            tg.create_task(tolerant(job("broken", 1, fail=True)), name="broken")
            tg.create_task(job("slow", 2), name="slow")
            try:
                await asyncio.sleep(3)        # the body is still busy
                print(f"{now()} body: done")
            except asyncio.CancelledError:
                print(f"{now()} body: cancelled")
                raise
    except* ValueError as group:
        print(f"{now()} main: caught {group!r}")


asyncio.run(main())
