# known-bug: asyncio's create_server takes the sockets' refusal for an address it cannot use, and 'starts' a server with no socket (exit 0); it should fail with the PermissionError
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
