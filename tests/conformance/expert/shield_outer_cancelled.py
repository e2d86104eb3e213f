# shield: the waiter is cancelled, the shielded task runs on to completion.
import asyncio


async def precious():
    await asyncio.sleep(2)
    print("precious work done at", asyncio.get_running_loop().time())
    return "saved"


async def main():
    inner = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("waiter gave up at", asyncio.get_running_loop().time(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
