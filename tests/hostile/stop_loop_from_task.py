# expect: exit 1
# stderr: RuntimeError: Event loop stopped before Future completed.
# same-as-cpython
# why: loop.stop() from inside asyncio.run: the run ends before main finishes
import asyncio

async def main():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)
    print("never")

asyncio.run(main())
