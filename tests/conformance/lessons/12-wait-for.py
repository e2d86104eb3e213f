import asyncio


async def slow_query():
    print("query: started")
    try:
        await asyncio.sleep(5)
        return "rows"
    finally:
        print("query: cleaning up")
        await asyncio.sleep(0.5)            # closing a connection takes a while
        print("query: cleanup done")


async def main():
    try:
        rows = await asyncio.wait_for(slow_query(), timeout=2)
        print("main: got", rows)
    except TimeoutError:
        print("main: timed out")


asyncio.run(main())
