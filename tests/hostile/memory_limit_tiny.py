# expect: stopped memory
# args: --max-memory 16
# stderr: MemoryError
# stderr: it may use 16 MiB
# why: a 16 MiB limit: below what the interpreter itself already maps, so any allocation fails
import asyncio

async def main():
    data = [list(range(1000)) for _ in range(100)]
    await asyncio.sleep(1)
    print("ok", len(data))

asyncio.run(main())
