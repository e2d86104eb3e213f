# expect: exit 0
# stdout: timed out 0.0
# same-as-cpython
# why: wait_for with a NaN timeout
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=float("nan"))
        print("finished")
    except asyncio.TimeoutError:
        print("timed out", asyncio.get_running_loop().time())

asyncio.run(main())
