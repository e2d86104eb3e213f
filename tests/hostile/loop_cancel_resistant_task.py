# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# stderr: in stubborn()
# stdout: main returns
# why: a task that swallows every CancelledError, so asyncio.run cannot finish it
import asyncio

async def stubborn():
    while True:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            pass

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main returns", flush=True)

asyncio.run(main())
