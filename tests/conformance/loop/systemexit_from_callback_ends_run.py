# SystemExit from a callback escapes the loop (exit 5); the batch's leftover callback still runs during shutdown.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def quit_now():
        print("callback raising SystemExit(5) at", loop.time())
        raise SystemExit(5)

    loop.call_later(1, quit_now)
    loop.call_later(1, print, "same-deadline timer: left in the ready queue, runs during shutdown")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled during shutdown at", loop.time())
        raise
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    print("asyncio.run left by", "an exception")
