# call_later(None) and call_at(None) are TypeErrors; a non-callable passes call_soon and
# fails when it runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
        try:
            call()
        except TypeError as error:
            print("TypeError:", error)
    loop.call_soon(42)
    await asyncio.sleep(0.1)
    print("the loop survived")


asyncio.run(main())
