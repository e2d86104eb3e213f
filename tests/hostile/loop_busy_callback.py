# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: in spin()
# why: a plain callback (call_soon) that never returns
import asyncio

def spin():
    while True:
        pass

async def main():
    asyncio.get_running_loop().call_soon(spin)
    await asyncio.sleep(1)

asyncio.run(main())
