# add_signal_handler registers (no signal is sent); bad arguments are refused as CPython does.
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, print, "terminated")
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    for bad in (0, 1000, "SIGTERM"):
        try:
            loop.add_signal_handler(bad, print)
        except (ValueError, TypeError) as error:
            print(type(error).__name__, error)

    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())
