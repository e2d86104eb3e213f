# Cancelling a gather cancels every child still running; return_exceptions=True does not
# protect the awaiting task from the cancellation.
import asyncio


async def job(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    gathering = asyncio.gather(job("a", 1), job("b", 5), job("c", 5), return_exceptions=True)
    await asyncio.sleep(2)
    print("cancel() returns", gathering.cancel())
    try:
        print(await gathering)
    except asyncio.CancelledError:
        print("the gather raised CancelledError")


asyncio.run(main())
