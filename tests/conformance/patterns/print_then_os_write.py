# print() goes through Python's buffer, os.write straight to the descriptor: when stdout
# is a pipe (not a terminal), the buffered line comes out last.
import asyncio
import os


async def main():
    print("printed first")
    await asyncio.sleep(1)
    os.write(1, b"written second\n")
    print("printed third")


asyncio.run(main())
