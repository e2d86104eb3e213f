# A task cancelled with a message: the message travels in CancelledError.args, and
# asyncio.run reports the main task's cancellation as an exception.
import asyncio


async def main():
    asyncio.get_running_loop().call_later(1, asyncio.current_task().cancel, "shutting down")
    await asyncio.sleep(5)


try:
    asyncio.run(main())
except asyncio.CancelledError as error:
    print("CancelledError with args", error.args)
