# expect: exit 0
# stdout: TypeError
# stdout: OverflowError
# why: calls the loop's native scheduling methods with wrong arguments
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for attempt in (lambda: loop.call_later("soon", print),
                    lambda: loop.call_later(10**400, print),
                    lambda: loop.call_at(None, print),
                    lambda: loop.call_soon(print, "x", context=42).cancel(),
                    lambda: loop.call_soon()):
        try:
            attempt()
            print("accepted")
        except Exception as error:
            print(type(error).__name__)

asyncio.run(main())
