# Checks shield: cancelling the awaiting task raises CancelledError there at once, while the shielded task runs to completion.
import asyncio


async def important():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.3f} important starts")
    await asyncio.sleep(1)
    print(f"{loop.time():.3f} important finishes")
    return "saved"


async def caller(box):
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(important(), name="important")
    box.append(inner)
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} caller cancelled; inner done={inner.done()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    box = []
    c = asyncio.create_task(caller(box))
    await asyncio.sleep(0.25)
    c.cancel()
    await asyncio.sleep(0)
    print(f"{loop.time():.3f} caller cancelled={c.cancelled()}")
    print("inner result:", await box[0], f"at {loop.time():.3f}")
    # shield of a bare coroutine: the wrapping task keeps running too
    s = asyncio.shield(important())
    s.cancel()
    print("shield future cancelled:", s.cancelled())
    await asyncio.sleep(1.5)
    print(f"{loop.time():.3f} tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
