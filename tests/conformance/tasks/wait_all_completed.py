# Checks asyncio.wait with ALL_COMPLETED: returns when the last task ends, failures land in done without raising.
import asyncio


async def job(v, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(v)
    return v


def summary(fs):
    out = []
    for f in fs:
        if f.cancelled():
            out.append(f"{f.get_name()}:cancelled")
        elif f.exception() is not None:
            out.append(f"{f.get_name()}:{type(f.exception()).__name__}")
        else:
            out.append(f"{f.get_name()}:{f.result()}")
    return sorted(out)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(i, d, fail=(i == 1)), name=f"t{i}") for i, d in enumerate((0.3, 0.1, 0.5, 0.2))]
    done, pending = await asyncio.wait(ts)
    print(f"{loop.time():.3f} done={len(done)} pending={len(pending)}")
    print(summary(done))
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print(f"{loop.time():.3f} again on finished tasks: done={len(done)} pending={len(pending)}")
    print("ALL_COMPLETED value:", asyncio.ALL_COMPLETED)


asyncio.run(main())
