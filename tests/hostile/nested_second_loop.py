# expect: exit 1
# stderr: RuntimeError: Cannot run the event loop while another loop is running
# why: a second event loop run from inside a task of the first
import asyncio

async def main():
    other = asyncio.new_event_loop()
    other.run_until_complete(asyncio.sleep(1))

asyncio.run(main())
