# TimerHandle.when() keeps the given object, cancelled() flips once, reprs drop the callback, comparisons use when.
import asyncio
from fractions import Fraction


def cb(*args):
    print("cb", args, "at", repr(asyncio.get_running_loop().time()))


async def main():
    loop = asyncio.get_running_loop()
    h_int = loop.call_at(7, cb, "int")
    h_frac = loop.call_at(Fraction(5, 2), cb, "fraction")
    h_later = loop.call_later(3, cb, "later")
    h_soon = loop.call_soon(cb, "soon")
    print("when:", repr(h_int.when()), repr(h_frac.when()), repr(h_later.when()))
    print("types:", type(h_int.when()).__name__, type(h_frac.when()).__name__, type(h_later.when()).__name__)
    print("has when on Handle?", hasattr(h_soon, "when"))
    print(repr(h_int))
    print(repr(h_soon))
    print("ordering:", h_frac < h_later < h_int, h_int > h_frac, h_later <= h_later, h_int >= h_later)
    print("eq self:", h_int == h_int, "eq other:", h_int == h_later, "ne:", h_int != h_later)
    print("hash is hash(when):", hash(h_int) == hash(7), hash(h_frac) == hash(Fraction(5, 2)))
    print("compare with non-handle:", h_int.__lt__(3), (h_int == 7))
    print("sorted:", [h.when() for h in sorted([h_int, h_later, h_frac])])
    h_later.cancel()
    print("after cancel:", h_later.cancelled(), repr(h_later))
    h_later.cancel()
    print("cancel twice still:", h_later.cancelled(), "when kept:", h_later.when())
    await asyncio.sleep(8)
    print("after run, int handle cancelled?", h_int.cancelled())
    h_int.cancel()
    print("cancel after run:", h_int.cancelled(), repr(h_int))


asyncio.run(main())
