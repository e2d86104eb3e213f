import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.1f}"


async def fetch(what):
    print(f"{now()} {asyncio.current_task().get_name()}: fetching {what}")
    try:
        await asyncio.sleep(3)
    finally:
        print(f"{now()} {asyncio.current_task().get_name()}: {what} stopped")
    return what


async def main():
    try:
        async with asyncio.timeout(1):
            await fetch("A")
    except TimeoutError:
        print(f"{now()} main: the first timeout() timed out")

    try:
        async with asyncio.timeout(1):
            await fetch("B")
    except TimeoutError:
        print(f"{now()} main: timeout() timed out")


asyncio.run(main())
