# A heartbeat monitor: each beat must arrive within 1 s or the peer is declared dead.
import asyncio


async def peer(queue, gaps):
    for gap in gaps:
        await asyncio.sleep(gap)
        await queue.put(f"beat after {gap}")


async def monitor(queue):
    loop = asyncio.get_running_loop()
    while True:
        try:
            beat = await asyncio.wait_for(queue.get(), timeout=1)
            print(f"{loop.time():.1f} {beat}")
        except TimeoutError:
            print(f"{loop.time():.1f} peer is dead")
            return


async def main():
    queue = asyncio.Queue()
    sender = asyncio.create_task(peer(queue, [0.5, 0.9, 0.3, 1.5, 0.2]))
    await monitor(queue)
    await sender


asyncio.run(main())
