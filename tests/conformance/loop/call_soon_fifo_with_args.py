# call_soon runs callbacks strictly FIFO, passing positional args; handles are returned before anything runs.
import asyncio

log = []


def record(*args):
    log.append(args)
    print("run", args)


async def main():
    loop = asyncio.get_running_loop()
    handles = []
    for i in range(12):
        if i % 3 == 0:
            handles.append(loop.call_soon(record, i))
        elif i % 3 == 1:
            handles.append(loop.call_soon(record, i, "x" * i))
        else:
            handles.append(loop.call_soon(record))
    print("scheduled", len(handles), "nothing ran yet:", log == [])
    await asyncio.sleep(0)
    print("after one sleep(0):", len(log), "callbacks ran")
    print("all handles report not cancelled:", not any(h.cancelled() for h in handles))


asyncio.run(main())
