# expect: exit 1
# stderr: RuntimeError: Task got bad yield: 42
# same-as-cpython
# why: an awaitable whose __await__ yields a plain int to the task
import asyncio

class Weird:
    def __await__(self):
        yield 42

async def main():
    await Weird()

asyncio.run(main())
