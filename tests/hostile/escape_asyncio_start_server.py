# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: a program may not use the network
# why: asyncio.start_server on a local port
import asyncio

async def handle(reader, writer):
    pass

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)

asyncio.run(main())
