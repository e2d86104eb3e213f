# Barrier.abort breaks the barrier for those waiting and those to come.
import asyncio


async def party(n, barrier):
    try:
        await barrier.wait()
        print(n, "passed")
    except asyncio.BrokenBarrierError:
        print(n, "found the barrier broken at", asyncio.get_running_loop().time())


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(n, barrier)) for n in range(2)]
    await asyncio.sleep(1)
    await barrier.abort()
    await asyncio.gather(*tasks)
    await party("late", barrier)
    print(barrier.broken, barrier.n_waiting, barrier.parties)


asyncio.run(main())
