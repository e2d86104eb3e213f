# expect: stopped events
# args: --max-events 100000
# stderr: after 100,000 loop callbacks
# stderr: --max-events
# stderr: Task-1 at line
# stderr: in main()
# stdout: spinning
# why: while True: await asyncio.sleep(0): yields, but for ever
import asyncio

async def main():
    print("spinning", flush=True)
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
