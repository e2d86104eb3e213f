# call_soon_threadsafe from the loop's own thread queues FIFO together with call_soon and returns a Handle.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    h1 = loop.call_soon(order.append, "soon-1")
    h2 = loop.call_soon_threadsafe(order.append, "threadsafe-1")
    loop.call_soon(order.append, "soon-2")
    h3 = loop.call_soon_threadsafe(order.append, "threadsafe-2 (cancelled)")
    loop.call_soon_threadsafe(lambda: loop.call_soon_threadsafe(order.append, "nested threadsafe"))
    loop.call_soon(order.append, "soon-3")
    h3.cancel()
    print(type(h1).__name__, type(h2).__name__, "| h3 cancelled:", h3.cancelled())
    await asyncio.sleep(0)
    print("iteration 1:", order)
    await asyncio.sleep(0)
    print("iteration 2:", order)
    # many wake-ups in a row are harmless
    for i in range(500):
        loop.call_soon_threadsafe(order.append, i)
    await asyncio.sleep(0)
    print("500 more ran in order:", order[-500:] == list(range(500)))


asyncio.run(main())
