# Negative and zero sleeps yield once without a timer; call_later with negative delays runs in deadline order.
import asyncio


async def spinner(name, delay, count):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} step {i} at {loop.time()}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3)
    loop.call_later(-1, print, "call_later(-1)")
    loop.call_later(-2.5, print, "call_later(-2.5)")
    loop.call_later(-0.0, print, "call_later(-0.0)")
    await asyncio.gather(spinner("neg", -10, 3), spinner("zero", 0, 3), spinner("tiny-neg", -1e-12, 2))
    print("main at", loop.time())
    try:
        await asyncio.sleep(float("nan"))
    except Exception as exc:
        print("nan:", type(exc).__name__, exc)
    else:
        print("sleep(nan) returned at", loop.time())


asyncio.run(main())
