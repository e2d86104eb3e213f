# call_soon/call_later run callbacks in a copy of the context at scheduling time, or in the context= given.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(label):
    print(f"{label}: var={var.get()}")


def setter(value):
    var.set(value)
    print(f"set var to {value} inside callback")


async def main():
    loop = asyncio.get_running_loop()
    var.set("main-1")
    loop.call_soon(show, "captured at call_soon")
    var.set("main-2")                       # too late for the handle above

    ctx = contextvars.copy_context()
    ctx.run(var.set, "in-ctx")
    loop.call_soon(show, "explicit ctx", context=ctx)
    loop.call_soon(setter, "changed-by-callback", context=ctx)
    loop.call_soon(show, "same ctx after setter", context=ctx)
    loop.call_soon(setter, "lost")          # runs in its own copy
    loop.call_soon(show, "default copy")
    loop.call_later(0.5, show, "timer with ctx", context=ctx)
    empty = contextvars.Context()
    loop.call_soon(show, "empty Context()", context=empty)
    await asyncio.sleep(1)
    show("main at end")
    print("ctx[var] =", ctx[var], "| empty has var:", var in empty)


asyncio.run(main())
