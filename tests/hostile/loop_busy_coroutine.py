# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: in main()
# stdout: spinning
# why: a coroutine spinning without ever awaiting
import asyncio

async def main():
    print("spinning", flush=True)
    while True:
        pass

asyncio.run(main())
