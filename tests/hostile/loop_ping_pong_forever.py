# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# stderr: --max-events
# why: two tasks handing an Event back and forth for ever
import asyncio

async def player(mine, theirs):
    while True:
        await mine.wait()
        mine.clear()
        theirs.set()

async def main():
    a, b = asyncio.Event(), asyncio.Event()
    a.set()
    await asyncio.gather(player(a, b), player(b, a))

asyncio.run(main())
