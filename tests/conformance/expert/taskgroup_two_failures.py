# Two TaskGroup children failing at different instants: the first failure cancels the
# other before it fails, so one error is collected; failing at the same instant, both.
import asyncio


async def fail_after(seconds, error):
    await asyncio.sleep(seconds)
    raise error


async def group_of(*delays):
    try:
        async with asyncio.TaskGroup() as group:
            for n, delay in enumerate(delays):
                group.create_task(fail_after(delay, RuntimeError(f"e{n}@{delay}")))
    except ExceptionGroup as errors:
        print(sorted(str(e) for e in errors.exceptions))


async def main():
    await group_of(1, 2)
    await group_of(1, 1)
    await group_of(1, 1, 1.5)


asyncio.run(main())
