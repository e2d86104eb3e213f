# expect: stopped events
# args: --max-events 100 --max-cpu 2
# stderr: after 100 loop callbacks
# stderr: --max-events
# why: a callback argument whose __repr__ spins: the events-limit message must not call it
import asyncio

class Trap:
    def __repr__(self):
        while True:
            pass

def again(loop, x):
    loop.call_soon(again, loop, x)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(again, loop, Trap())
    await asyncio.sleep(10)

asyncio.run(main())
