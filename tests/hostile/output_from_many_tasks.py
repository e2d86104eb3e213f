# expect: stopped output
# args: --max-output 1
# stderr: more than 1 MiB of output
# stdout: task 0 says hello
# why: a thousand tasks printing in turn for ever
import asyncio

async def chatter(i):
    while True:
        print(f"task {i} says hello", flush=True)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(chatter(i) for i in range(1000)))

asyncio.run(main())
