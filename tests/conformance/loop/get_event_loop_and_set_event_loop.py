# Python 3.11.2's get_event_loop/set_event_loop: the running loop wins, set loops are returned, None after asyncio.run.
import asyncio
import warnings

warnings.simplefilter("default")

try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("get_running_loop outside:", exc)
print("_get_running_loop outside:", asyncio._get_running_loop())

mine = asyncio.new_event_loop()
asyncio.set_event_loop(mine)
print("get_event_loop returns the set loop:", asyncio.get_event_loop() is mine)


async def inside():
    running = asyncio.get_running_loop()
    print("inside: get_event_loop is running loop:", asyncio.get_event_loop() is running,
          "| running is mine:", running is mine)
    return running


used = asyncio.run(inside())
print("asyncio.run used a fresh loop:", used is not mine, "and closed it:", used.is_closed())
try:
    loop = asyncio.get_event_loop()
    print("after asyncio.run: got a loop; is mine?", loop is mine)
except RuntimeError as exc:
    print("after asyncio.run:", exc)

asyncio.set_event_loop(mine)
print("run_until_complete on the set loop:", mine.run_until_complete(inside()) is mine)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("after set_event_loop(None):", exc)
try:
    asyncio.set_event_loop("not a loop")
except TypeError as exc:
    print("TypeError:", exc)
mine.close()
