# In debug mode a future remembers where it was created, and says so in its repr.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(future)
    loop.call_later(0.25, future.set_result, "ready")
    print(await future, loop.time())


asyncio.run(main(), debug=True)
