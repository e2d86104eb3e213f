import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name}: finished")
    return name


def names(tasks):
    return sorted(task.get_name() for task in tasks)  # sets have no order


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 1), name="a")
    b = asyncio.create_task(job("b", 2), name="b")
    c = asyncio.create_task(job("c", 4), name="c")
    done, pending = await asyncio.wait(
        [a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print(f"t={loop.time()}: done {names(done)}, pending {names(pending)}")
    done, pending = await asyncio.wait(pending, timeout=1.5)
    print(f"t={loop.time()}: done {names(done)}, pending {names(pending)}")
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print(f"t={loop.time()}: cancelled {names(pending)}")


asyncio.run(main())
