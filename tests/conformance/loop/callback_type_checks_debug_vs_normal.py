# Non-callables and coroutine functions are only refused at scheduling time in debug mode; otherwise they fail when run.
import asyncio


async def coro_fn():
    return 1


def attempt(label, fn):
    try:
        fn()
        print(f"{label}: accepted")
    except TypeError as exc:
        print(f"{label}: TypeError: {exc}")


loop = asyncio.new_event_loop()
attempt("call_later(None)", lambda: loop.call_later(None, print))
attempt("call_at(None)", lambda: loop.call_at(None, print))
attempt("call_later('1')", lambda: loop.call_later("1", print))

loop.set_debug(True)
attempt("debug call_soon(42)", lambda: loop.call_soon(42))
attempt("debug call_soon(coroutine function)", lambda: loop.call_soon(coro_fn))
attempt("debug call_later(1, 'str')", lambda: loop.call_later(1, "str"))
coro = coro_fn()
attempt("debug call_at(1, coroutine object)", lambda: loop.call_at(1, coro))
coro.close()
attempt("debug call_soon_threadsafe(None)", lambda: loop.call_soon_threadsafe(None))
loop.close()

loop = asyncio.new_event_loop()
print("normal mode, debug =", loop.get_debug())
attempt("call_soon(42)", lambda: loop.call_soon(42))
attempt("call_soon(None)", lambda: loop.call_soon(None))
loop.call_soon(print, "a good callback still runs")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("done")
