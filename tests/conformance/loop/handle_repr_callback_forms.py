# Handle reprs name the callback by qualname with args (partial, bound method, builtin, lambda, nested function).
import asyncio
import functools


class Greeter:
    def __repr__(self):
        return "<Greeter>"

    def greet(self, who, punct="!"):
        print(f"hello {who}{punct}")

    def __call__(self):
        print("callable instance")


def outer():
    def inner(x):
        print("inner", x)
    return inner


async def main():
    loop = asyncio.get_running_loop()
    g = Greeter()
    handles = [
        loop.call_soon(print, "builtin", 1),
        loop.call_soon(g.greet, "bound"),
        loop.call_soon(functools.partial(g.greet, "partial", punct="?")),
        loop.call_soon(functools.partial(print, "p1"), "p2"),
        loop.call_soon(outer(), [1, 2]),
        loop.call_soon(lambda: print("lambda")),
        loop.call_later(2, Greeter.greet, g, "unbound"),
        loop.call_soon(len, "abc"),
        loop.call_soon(g),
    ]
    for h in handles:
        print(repr(h))
    handles[1].cancel()
    print("cancelled:", repr(handles[1]))
    await asyncio.sleep(3)


asyncio.run(main())
