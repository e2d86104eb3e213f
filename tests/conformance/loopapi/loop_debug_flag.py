# get_debug/set_debug and slow_callback_duration outside debug mode.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.slow_callback_duration = 0.5
    print(loop.slow_callback_duration)


loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(0)
print(loop.get_debug())
loop.close()
asyncio.run(main())
