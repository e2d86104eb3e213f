# Checks that a cancelled task hands its original CancelledError (with message) to the first retrieval only; later ones get a fresh one.
import asyncio


async def victim():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("msg-A")
    await asyncio.sleep(0)
    for i in range(3):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("result() call", i, "args:", e.args)
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel("msg-B")
    for i in range(2):
        try:
            await u
        except asyncio.CancelledError as e:
            print("await", i, "args:", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("future-msg")
    for i in range(2):
        try:
            f.result()
        except asyncio.CancelledError as e:
            print("plain future result()", i, "args:", e.args)


asyncio.run(main())
