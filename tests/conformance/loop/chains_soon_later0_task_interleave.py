# Three self-rescheduling chains (call_soon, call_later(0), a sleep(0) task) advance one step per iteration each.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []

    def soon_chain(n):
        out.append(f"S{n}")
        if n < 3:
            loop.call_soon(soon_chain, n + 1)

    def later_chain(n):
        out.append(f"L{n}")
        if n < 3:
            loop.call_later(0, later_chain, n + 1)

    async def task_chain():
        for n in range(4):
            out.append(f"T{n}")
            await asyncio.sleep(0)

    loop.call_later(0, later_chain, 0)
    task = asyncio.create_task(task_chain())
    loop.call_soon(soon_chain, 0)
    await task
    print(" ".join(out))
    print("time:", loop.time())


asyncio.run(main())
