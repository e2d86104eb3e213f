# asyncio.get_event_loop outside a running loop (3.11: makes one, with a warning where
# CPython 3.11 warns) and set_event_loop.
import asyncio
import warnings

warnings.simplefilter("always")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.sleep(1, "ran")), loop.time())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print("RuntimeError:", error)
loop.close()
