# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stderr: Event.wait()
# why: a Task subclass whose get_name and __repr__ raise, then a deadlock
import asyncio

class Sneaky(asyncio.Task):
    def get_name(self):
        raise RuntimeError("no name")

    def __repr__(self):
        raise RuntimeError("no repr")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: Sneaky(coro, loop=loop, **kw))
    await asyncio.create_task(asyncio.Event().wait())

asyncio.run(main())
