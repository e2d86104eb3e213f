# A task that raises SystemExit takes the whole loop down with it; its exception is
# never retrieved, and CPython says so when the task is collected.
import asyncio
import gc


async def child():
    await asyncio.sleep(0.5)
    raise SystemExit(7)


async def main():
    asyncio.create_task(child())
    await asyncio.sleep(1)
    print("never reached")


try:
    asyncio.run(main())
except SystemExit as exit:
    print("asyncio.run ended with SystemExit", exit.code, flush=True)
print("before gc", flush=True)
gc.collect()
print("after gc", flush=True)
