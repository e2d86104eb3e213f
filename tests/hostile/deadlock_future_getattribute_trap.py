# expect: stopped deadlock
# args: --max-cpu 2
# stderr: deadlock at t=0.000
# stderr: waits for
# why: a Future subclass whose __getattribute__ spins on '_children', an attribute only a describer would read
import asyncio

class Trap(asyncio.Future):
    def __getattribute__(self, name):
        if name == "_children":
            while True:
                pass
        return super().__getattribute__(name)

async def main():
    await Trap(loop=asyncio.get_running_loop())

asyncio.run(main())
