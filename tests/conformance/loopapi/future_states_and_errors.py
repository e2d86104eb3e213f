# Future states and InvalidStateError messages; cancel with a message.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(repr(future))
    for call in (future.result, future.exception):
        try:
            call()
        except asyncio.InvalidStateError as error:
            print("InvalidStateError:", error)
    future.set_result(1)
    try:
        future.set_result(2)
    except asyncio.InvalidStateError as error:
        print("InvalidStateError:", error)
    print(repr(future), future.result())
    other = loop.create_future()
    print(other.cancel("because"), other.cancel(), other.cancelled())
    try:
        other.result()
    except asyncio.CancelledError as error:
        print("CancelledError:", error.args)


asyncio.run(main())
