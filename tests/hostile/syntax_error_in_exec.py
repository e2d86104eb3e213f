# expect: exit 1
# stderr: SyntaxError
# why: a syntax error raised at run time by compile() inside a task
import asyncio

async def main():
    await asyncio.sleep(1)
    exec("async def broken(:\n    pass")

asyncio.run(main())
