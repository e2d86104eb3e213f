# Tutorials reset or subclass the default policy; the loop it makes is the same loop,
# and debug logging names its selector.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s %(message)s")


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0

    def new_event_loop(self):
        CountingPolicy.made += 1
        return super().new_event_loop()


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1.5)
    print("slept until", loop.time(), "on", type(loop).__name__)


asyncio.set_event_loop_policy(CountingPolicy())
asyncio.run(main())
print("loops made:", CountingPolicy.made)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
asyncio.run(main())
