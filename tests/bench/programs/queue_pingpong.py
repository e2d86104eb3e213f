# Two tasks passing a token back and forth through two Queues 100,000 times.
import asyncio

ROUNDS = 100_000


async def player(inbox, outbox, rounds):
    for _ in range(rounds):
        token = await inbox.get()
        await outbox.put(token + 1)


async def main():
    ping, pong = asyncio.Queue(), asyncio.Queue()
    await ping.put(0)
    first = asyncio.create_task(player(ping, pong, ROUNDS))
    second = asyncio.create_task(player(pong, ping, ROUNDS))
    await asyncio.gather(first, second)
    print(await ping.get())


asyncio.run(main())
