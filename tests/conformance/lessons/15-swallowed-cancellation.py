import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def polite():
    await asyncio.sleep(5)


async def stubborn():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{now()} stubborn: cancelled, cancelling()={me.cancelling()}; ignoring it")
    await asyncio.sleep(2)                 # carries on as if nothing had happened
    print(f"{now()} stubborn: done, cancelling() still {me.cancelling()}")


async def main():
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(polite(), name="polite")
                tg.create_task(stubborn(), name="stubborn")
    except TimeoutError:
        print(f"{now()} main: TimeoutError from a 1-second timeout")
    print(f"{now()} main: my cancelling() is {asyncio.current_task().cancelling()}")


asyncio.run(main())
