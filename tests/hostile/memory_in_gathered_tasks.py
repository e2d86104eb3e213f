# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: many tasks each hoarding memory between sleeps
import asyncio

async def hoarder(i):
    hoard = []
    while True:
        hoard.append(bytearray(1 << 20))
        await asyncio.sleep(1)

async def main():
    await asyncio.gather(*(hoarder(i) for i in range(50)))

asyncio.run(main())
