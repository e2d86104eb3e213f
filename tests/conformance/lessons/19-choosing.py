import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.0f}"


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}:{seconds}s"


def downloads():
    return [download("a", 3), download("b", 1), download("c", 2)]


async def main():
    results = await asyncio.gather(*downloads())
    print(now(), "gather      ", results)

    tasks = [asyncio.create_task(d) for d in downloads()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(now(), "wait        ", [t.result() for t in tasks if t in done], len(pending), "pending")
    await asyncio.wait(pending)
    print(now(), "wait        ", "now all done")

    tasks = [asyncio.create_task(d) for d in downloads()]
    for next_one in asyncio.as_completed(tasks):
        result = await next_one
        print(now(), "as_completed", result)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(d) for d in downloads()]
    print(now(), "TaskGroup   ", [t.result() for t in tasks])


asyncio.run(main())
