# 120 tasks sleep until t=10; cancelling 75 cancels their timers (a heap rebuild): the rest wake in heap order.
import asyncio


async def sleeper(i, woke):
    try:
        await asyncio.sleep(10)
        woke.append(i)
    except asyncio.CancelledError:
        woke.append(f"x{i}")   # never printed: main clears these
        raise


async def main():
    loop = asyncio.get_running_loop()
    woke = []
    tasks = [asyncio.create_task(sleeper(i, woke)) for i in range(120)]
    await asyncio.sleep(1)
    for i, t in enumerate(tasks):
        if i % 8 not in (0, 3, 5):
            t.cancel()
    await asyncio.sleep(0)      # the cancelled tasks run and cancel their timers
    print("cancelled:", sum(t.cancelled() for t in tasks), "| done:", sum(t.done() for t in tasks))
    woke.clear()
    await asyncio.sleep(10)
    print("woke in order:", woke)


asyncio.run(main())
