# Tasks still pending when main returns are cancelled by asyncio.run; their finally blocks
# run (each sleeping a different time, so the print order does not follow addresses).
import asyncio


async def background(n):
    try:
        await asyncio.sleep(100)
    finally:
        await asyncio.sleep(n * 0.1)
        print("background", n, "cleaned up at", round(asyncio.get_running_loop().time(), 2))


async def main():
    for n in range(3):
        asyncio.create_task(background(n))
    await asyncio.sleep(1)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
