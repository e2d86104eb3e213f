# A custom handler that raises falls back to the default handler with 'Unhandled error in exception handler'.
import asyncio

calls = []


def flaky_handler(loop, context):
    calls.append(context["message"])
    print("handler call", len(calls), "for:", context["message"])
    if len(calls) % 2 == 0:
        raise RuntimeError(f"handler failed on call {len(calls)}")


def oops(tag):
    raise ValueError(tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(flaky_handler)
    for tag in ("one", "two", "three", "four"):
        loop.call_soon(oops, tag)
    await asyncio.sleep(0)
    print("loop survived; handler calls:", len(calls))
    await asyncio.sleep(0)
    print("after a second iteration, still", len(calls))


asyncio.run(main())
