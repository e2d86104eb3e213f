# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: a program may not use the network
# why: asyncio.open_connection to a local port
import asyncio

async def main():
    reader, writer = await asyncio.open_connection("127.0.0.1", 80)

asyncio.run(main())
