# Re-entering a running loop is refused: run_forever, run_until_complete, asyncio.run, Runner.run, another loop.
import asyncio


async def noop():
    return None


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        ("loop.run_forever()", lambda c: loop.run_forever()),
        ("loop.run_until_complete()", lambda c: loop.run_until_complete(c)),
        ("asyncio.run()", lambda c: asyncio.run(c)),
        ("Runner().run()", lambda c: asyncio.Runner().run(c)),
    ]
    for label, attempt in attempts:
        coro = noop()
        try:
            attempt(coro)
            print(label, "succeeded?!")
        except RuntimeError as exc:
            print(f"{label}: {exc}")
        finally:
            coro.close()
    other = asyncio.new_event_loop()
    coro = noop()
    try:
        other.run_until_complete(coro)
    except RuntimeError as exc:
        print("other loop:", exc)
    finally:
        coro.close()
        other.close()

    def from_callback():
        try:
            loop.run_forever()
        except RuntimeError as exc:
            print("from a callback:", exc)

    loop.call_soon(from_callback)
    await asyncio.sleep(0)
    print("loop still fine at", loop.time())


asyncio.run(main())
