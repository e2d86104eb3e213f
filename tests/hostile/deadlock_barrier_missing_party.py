# expect: stopped deadlock
# stderr: deadlock at t=0.000
# stdout: a arrives
# stdout: b arrives
# why: a Barrier for three parties with only two arriving
import asyncio

async def party(barrier, name):
    print(name, "arrives", flush=True)
    await barrier.wait()
    print(name, "passes")

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party(barrier, "a"), party(barrier, "b"))

asyncio.run(main())
