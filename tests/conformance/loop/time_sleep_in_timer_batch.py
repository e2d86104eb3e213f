# time.sleep in a timer callback: later callbacks of the same batch see the new time; timers it passed run next iteration.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()

    def sleeper():
        print(f"sleeper at {loop.time()}: time.sleep(1.5)")
        time.sleep(1.5)
        loop.call_soon(lambda: print(f"call_soon from sleeper runs at {loop.time()}, before the overdue timers"))

    def same_batch(tag):
        print(f"{tag} at {loop.time()}")

    loop.call_at(1.0, sleeper)
    loop.call_at(1.0, same_batch, "same-deadline timer")
    loop.call_at(1.5, same_batch, "t=1.5 timer")
    loop.call_at(2.0, same_batch, "t=2.0 timer")
    loop.call_at(2.5, same_batch, "t=2.5 timer (exactly now after the sleep)")
    loop.call_at(2.75, same_batch, "t=2.75 timer")
    await asyncio.sleep(3)
    print("main at", loop.time())


asyncio.run(main())
