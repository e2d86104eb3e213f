# Checks asyncio.wait FIRST_COMPLETED: returns after the first finish (ties finish together), the rest stay pending and keep running.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print(f"{asyncio.get_running_loop().time():.3f} {name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = {asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.3), ("b", 0.2), ("c", 0.2), ("d", 0.6))}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.3f} done={sorted(t.result() for t in done)} pending={sorted(t.get_name() for t in pending)}")
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.3f} done={sorted(t.result() for t in done2)} pending={sorted(t.get_name() for t in pending2)}")
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "plain future")
    done3, pending3 = await asyncio.wait(pending2 | {fut}, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.3f} done={len(done3)} first is future: {fut in done3}")
    await asyncio.wait(pending3)
    print(f"{loop.time():.3f} all finished")


asyncio.run(main())
