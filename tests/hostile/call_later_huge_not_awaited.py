# expect: exit 0
# stdout: scheduled for 1e+100
# same-as-cpython
# why: a timer a googol seconds away, which asyncio.run does not wait for
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_later(1e100, print, "far future")
    print("scheduled for", handle.when())

asyncio.run(main())
