# expect: stopped events
# args: --max-events 1000 --max-cpu 2
# stderr: after 1,000 loop callbacks
# stderr: --max-events
# why: a Task subclass whose get_name spins: the events-limit message must not run it
import asyncio

class Sneaky(asyncio.Task):
    def get_name(self):
        while True:
            pass

async def spin():
    while True:
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: Sneaky(coro, loop=loop, **kw))
    await asyncio.create_task(spin())

asyncio.run(main())
