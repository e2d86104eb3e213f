# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: in main()
# stdout: cleaning up
# why: the main coroutine fails, and its finally block spins for ever
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
        raise RuntimeError("failing")
    finally:
        print("cleaning up", flush=True)
        while True:
            pass

asyncio.run(main())
