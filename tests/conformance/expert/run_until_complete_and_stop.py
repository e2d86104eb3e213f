# The loop by hand: run_until_complete, stop() from a callback ending run_forever at the
# end of its iteration, errors when running a running or closed loop.
import asyncio


async def nested(loop):
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as error:
        print("RuntimeError:", error)


loop = asyncio.new_event_loop()
loop.call_soon(print, "first")
loop.call_soon(loop.stop)
loop.call_soon(print, "same iteration as stop")
loop.run_forever()
print("run_forever returned at", loop.time())
loop.call_later(2, print, "after 2 s")
loop.run_until_complete(asyncio.sleep(3))
loop.run_until_complete(nested(loop))
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as error:
    print("RuntimeError:", error)
