# Futures refuse illegal transitions with InvalidStateError and specific messages; cancel() on a done future is False.
import asyncio


def attempt(label, fn, *args):
    try:
        value = fn(*args)
        print(f"{label}: returned {value!r}")
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("result() pending", fut.result)
    attempt("exception() pending", fut.exception)
    print("repr pending:", repr(fut))
    fut.set_result("first")
    attempt("set_result again", fut.set_result, "second")
    attempt("set_exception after result", fut.set_exception, ValueError("x"))
    attempt("cancel after result", fut.cancel)
    attempt("result()", fut.result)
    attempt("exception()", fut.exception)
    print("repr done:", repr(fut))

    f2 = loop.create_future()
    attempt("set_exception(StopIteration)", f2.set_exception, StopIteration("no"))
    attempt("set_exception(class)", f2.set_exception, KeyError)
    attempt("exception() is instance", lambda: type(f2.exception()).__name__)
    attempt("result() re-raises", f2.result)
    print("repr exc:", repr(f2))

    f3 = loop.create_future()
    attempt("cancel pending", f3.cancel)
    attempt("cancel twice", f3.cancel)
    attempt("set_result after cancel", f3.set_result, 1)
    attempt("result() cancelled", f3.result)
    attempt("exception() cancelled", f3.exception)
    print("flags:", f3.done(), f3.cancelled(), "| repr:", repr(f3))
    print("get_loop is loop:", f3.get_loop() is loop)


asyncio.run(main())
