# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: a dict of ever more string keys and values, inside a task
import asyncio

async def main():
    table = {}
    i = 0
    while True:
        table[str(i) * 8] = [i] * 20
        i += 1

asyncio.run(main())
