# expect: exit 1
# stderr: NotImplementedError
# why: asyncio.create_subprocess_exec
import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("touch", "/tmp/loopscope-hostile-canary-asyncio-subprocess")
    await process.wait()

asyncio.run(main())
