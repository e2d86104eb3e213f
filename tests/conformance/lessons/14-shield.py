import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def save(doc):
    print(f"{now()} saver: writing {doc}")
    await asyncio.sleep(3)
    print(f"{now()} saver: {doc} is on disk")
    return f"{doc}.txt"


async def caller(saver):
    try:
        await asyncio.shield(saver)
    except asyncio.CancelledError:
        print(f"{now()} caller: cancelled while waiting")
        raise


async def main():
    saver = asyncio.create_task(save("notes"), name="saver")
    try:                                   # 1. a timeout
        await asyncio.wait_for(asyncio.shield(saver), timeout=1)
    except TimeoutError:
        print(f"{now()} main: timed out; saver cancelled? {saver.cancelled()}")

    task = asyncio.create_task(caller(saver), name="caller")
    await asyncio.sleep(0.5)
    task.cancel()                          # 2. a cancel
    await asyncio.sleep(0)
    print(f"{now()} main: caller cancelled? {task.cancelled()}")

    result = await saver                   # keep the loop alive for the saver
    print(f"{now()} main: the saver still gave {result}")


asyncio.run(main())
