# Checks that as_completed yields fresh coroutine objects, not the tasks passed in, and that an error surfaces when its item is awaited.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ArithmeticError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job("one", 0.1)),
          asyncio.create_task(job("two", 0.2, fail=True)),
          asyncio.create_task(job("three", 0.3))]
    for c in asyncio.as_completed(ts):
        print("is a passed task:", any(c is t for t in ts),
              "iscoroutine:", asyncio.iscoroutine(c), "isfuture:", asyncio.isfuture(c))
        try:
            r = await c
            print(f"{loop.time():.3f} result {r}")
        except ArithmeticError as e:
            print(f"{loop.time():.3f} raised {e!r}")
    items = list(asyncio.as_completed(ts))
    print("items for finished tasks:", len(items), "all distinct:", len({id(x) for x in items}) == 3)
    outcomes = []
    for x in items:
        try:
            outcomes.append(await x)
        except ArithmeticError as e:
            outcomes.append(f"error {e}")
    print("outcomes (sorted):", sorted(outcomes))


asyncio.run(main())
