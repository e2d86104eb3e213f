# With no loop set, 3.11.2's get_event_loop() silently creates and sets one; after asyncio.run there is none.
import asyncio
import warnings

warnings.simplefilter("always")

loop = asyncio.get_event_loop()
print("created:", type(loop).__name__, "| same on second call:", asyncio.get_event_loop() is loop)
print("running?", loop.is_running(), "closed?", loop.is_closed())
fut = asyncio.Future()
print("Future() outside a loop binds to it:", fut.get_loop() is loop)
loop.call_later(1.5, fut.set_result, "resolved")
print("run_until_complete:", loop.run_until_complete(fut), "at", loop.time())


async def which():
    return asyncio.get_event_loop()


inner = asyncio.run(which())
print("asyncio.run used another loop:", inner is not loop)
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("now:", exc)
print("the first loop is still open:", not loop.is_closed())
asyncio.set_event_loop(loop)
print("set back:", asyncio.get_event_loop() is loop)
loop.close()
print("a closed loop is still returned:", asyncio.get_event_loop() is loop, loop.is_closed())
