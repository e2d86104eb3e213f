# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: an f-string with a ten-billion-character field width
import asyncio

async def main():
    await asyncio.sleep(1)
    print(len(f"{1:{10**10}}"))

asyncio.run(main())
