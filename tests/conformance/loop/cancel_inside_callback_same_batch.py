# Timers due together: cancelling one already moved to the ready queue, or a call_soon handle, still prevents it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = {}

    def first():
        print("first runs at", loop.time())
        handles["second"].cancel()
        handles["later"].cancel()
        handles["soon"] = loop.call_soon(print, "soon runs (wrong)")
        handles["soon2"] = loop.call_soon(print, "soon2 runs")
        handles["first"].cancel()      # cancelling the running handle: this run goes on
        print("first: second cancelled?", handles["second"].cancelled())

    def second():
        print("second runs")

    def third():
        print("third runs; cancelling soon")
        handles["soon"].cancel()

    handles["first"] = loop.call_at(2.0, first)
    handles["second"] = loop.call_at(2.0, second)
    handles["third"] = loop.call_at(2.0, third)
    handles["later"] = loop.call_at(3.0, print, "later runs (wrong)")
    await asyncio.sleep(5)
    for name in ("first", "second", "third", "later", "soon", "soon2"):
        print(name, "cancelled:", handles[name].cancelled())


asyncio.run(main())
