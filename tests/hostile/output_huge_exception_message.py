# expect: stopped output
# args: --max-output 1
# stderr: ValueError
# stderr: more than 1 MiB of output
# why: an uncaught exception whose message is 3 MiB long
import asyncio

async def main():
    raise ValueError("e" * (3 << 20))

asyncio.run(main())
