# Checks wait_for timing out: the inner task is cancelled, TimeoutError (chained from CancelledError) is raised at the deadline.
import asyncio


async def slow():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} inner cancelled in {asyncio.current_task().get_name()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), timeout=1.5)
    except asyncio.TimeoutError as e:
        print(f"{loop.time():.3f} TimeoutError args={e.args} cause={type(e.__cause__).__name__}")
        print("is builtin TimeoutError:", type(e) is TimeoutError)
    t = asyncio.create_task(slow(), name="given-task")
    try:
        await asyncio.wait_for(t, 0.5)
    except TimeoutError:
        print(f"{loop.time():.3f} task cancelled={t.cancelled()}")
    print("main cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
