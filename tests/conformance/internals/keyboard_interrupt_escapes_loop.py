# A KeyboardInterrupt raised in a task leaves the loop through run_forever, _run_once and
# Handle._run: its traceback shows those frames of CPython's loop, and the exit is SIGINT's.
import asyncio
async def main():
    await asyncio.sleep(1)
    raise KeyboardInterrupt
asyncio.run(main())
