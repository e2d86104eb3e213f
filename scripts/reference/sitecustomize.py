"""The reference Loopscope is measured against: CPython's own loop, clock made virtual.

Loaded by Debian's /usr/bin/python3.11 through PYTHONPATH (see scripts/gen-expected.py).
It changes nothing of asyncio but the clock: the loop is CPython's own
_UnixSelectorEventLoop with a selector whose select(timeout) never waits and instead
moves a virtual clock, and the `time` module reads that clock. The rules are the ones
DESIGN.md gives for the engine, written here in plain Python:

- select(timeout) with a timeout below asyncio's maximum (86400 s) makes the clock
  exactly the earliest timer's deadline, else advances it by the timeout; from 2**24 s
  on, where adding the 1e-9 s resolution no longer changes a double, the clock lands one
  representable step past the deadline so the timer is due.
- select(0) does nothing, except where the loop would have waited (nothing ready) for a
  timer whose deadline is now but which is not due because the resolution is lost: a
  real clock would have moved on, so the clock lands one step past the deadline.
- select(None) means CPython would block for ever: the run ends as a deadlock (exit 3).
- time.time/monotonic/perf_counter (and their _ns forms) read the clock, time.sleep
  advances it, gmtime/localtime/ctime/asctime/strftime default to it (TZ is UTC).
- random is seeded with LOOPSCOPE_SEED (default 0) before the program's first line.
"""

import asyncio
import math
import operator
import os
import random
import selectors
import sys
import time
import types

from asyncio import base_events, unix_events

_clock = 0.0
_RESOLUTION = time.get_clock_info("monotonic").resolution
_DEADLOCK_STATUS = 3


def _land_on(deadline):
    """Moves the clock to a timer's deadline, one step past it where 1e-9 is lost."""
    global _clock
    deadline = float(deadline)
    if deadline + _RESOLUTION > deadline:
        _clock = deadline
    else:
        _clock = math.nextafter(deadline, math.inf)


class _VirtualSelector(selectors._BaseSelectorImpl):
    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        global _clock
        if timeout is None:
            sys.stdout.flush()
            sys.stderr.write("loopscope-reference: deadlock: nothing is ready and no "
                             "timer is set\n")
            sys.stderr.flush()
            os._exit(_DEADLOCK_STATUS)
        loop = self.loop
        if timeout > 0:
            if timeout < base_events.MAXIMUM_SELECT_TIMEOUT:
                _land_on(loop._scheduled[0]._when)
            else:
                _clock = _clock + timeout
        elif not loop._ready and not loop._stopping and loop._scheduled:
            when = loop._scheduled[0]._when
            if when >= _clock + _RESOLUTION:
                _land_on(when)
        return []


class _UnixSelectorEventLoop(unix_events._UnixSelectorEventLoop):
    # Named as CPython's own class, so that printing the loop reads the same.
    def __init__(self):
        selector = _VirtualSelector()
        super().__init__(selector)
        selector.loop = self
    # time() is BaseEventLoop's: time.monotonic(), which reads the virtual clock.


# Named as the selector CPython picks on Linux, so that debug logging reads the same.
_VirtualSelector.__name__ = _VirtualSelector.__qualname__ = "EpollSelector"
_UnixSelectorEventLoop.__module__ = unix_events._UnixSelectorEventLoop.__module__
_UnixSelectorEventLoop.__qualname__ = unix_events._UnixSelectorEventLoop.__qualname__


class _UnixDefaultEventLoopPolicy(unix_events._UnixDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


_UnixDefaultEventLoopPolicy.__module__ = unix_events._UnixDefaultEventLoopPolicy.__module__
_UnixDefaultEventLoopPolicy.__qualname__ = unix_events._UnixDefaultEventLoopPolicy.__qualname__

asyncio.set_event_loop_policy(_UnixDefaultEventLoopPolicy())
for _module in (asyncio, unix_events):
    _module.SelectorEventLoop = _UnixSelectorEventLoop
    # A program that sets (or subclasses) the default policy gets the virtual loop too.
    _module.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

if os.environ.get("LOOPSCOPE_TRACE"):
    import loopscope_tracing
    loopscope_tracing.install(os.environ["LOOPSCOPE_TRACE"], lambda: _clock)


# --- the time module on the virtual clock ---------------------------------------------

_real_sleep = time.sleep
_real_gmtime = time.gmtime
_real_localtime = time.localtime
_real_ctime = time.ctime
_real_asctime = time.asctime
_real_strftime = time.strftime
_PYTIME_LIMIT = 2.0 ** 63


def _pytime_overflow():
    return OverflowError("timestamp too large to convert to C _PyTime_t")


def _sleep_seconds(secs):
    """Validates like CPython's time.sleep, returning the seconds as a float."""
    if isinstance(secs, float):
        if math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
        ns = secs * 1e9
        if not math.isinf(ns):
            ns = float(math.ceil(ns)) if ns >= 0 else float(math.floor(ns))
        if not (-_PYTIME_LIMIT <= ns < _PYTIME_LIMIT):
            raise _pytime_overflow()
        value = float(secs)
    else:
        whole = operator.index(secs)
        if not (-_PYTIME_LIMIT <= whole * 10 ** 9 < _PYTIME_LIMIT):
            raise _pytime_overflow()
        ns = whole
        value = float(whole)
    if ns < 0:
        raise ValueError("sleep length must be non-negative")
    return value


def sleep(secs):
    global _clock
    _clock = _clock + _sleep_seconds(secs)


def _now():
    return _clock


def _now_ns():
    return int(_clock * 1e9)


def gmtime(secs=None):
    return _real_gmtime(_clock if secs is None else secs)


def localtime(secs=None):
    return _real_localtime(_clock if secs is None else secs)


def ctime(secs=None):
    return _real_ctime(_clock if secs is None else secs)


def asctime(*args):
    return _real_asctime(*(args or (_real_localtime(_clock),)))


def strftime(format, *args):
    return _real_strftime(format, *(args or (_real_localtime(_clock),)))


class _TimeModule:
    """What the virtual time functions are bound to. As bound methods named as CPython's
    built-ins, asyncio formats them as it formats those (`sleep(0.25)`, with no Python
    source beside it), and calling one adds no frame to a traceback but its own."""


def _as_builtin(function, name):
    def bound(_module, *args):
        return function(*args)
    bound.__name__ = bound.__qualname__ = name
    bound.__module__ = "time"
    return types.MethodType(bound, _TimeModule())


for _name in ("time", "monotonic", "perf_counter"):
    setattr(time, _name, _as_builtin(_now, _name))
for _name in ("time_ns", "monotonic_ns", "perf_counter_ns"):
    setattr(time, _name, _as_builtin(_now_ns, _name))
for _fn in (sleep, gmtime, localtime, ctime, asctime, strftime):
    setattr(time, _fn.__name__, _as_builtin(_fn, _fn.__name__))

random.seed(int(os.environ.get("LOOPSCOPE_SEED", "0")))

# A different heap layout for scripts/gen-expected.py, to find where CPython's own order
# follows addresses: with LOOPSCOPE_PERTURB=k (k > 0), a generator seeded with k
# allocates a few blocks of every small size class and frees some of them in a shuffled
# order, so the program's objects land elsewhere and in another order. Its own generator
# leaves the program's `random` untouched.
def _perturb_heap(seed):
    rng = random.Random(seed)
    kept = []
    for size in range(48, 528, 16):
        blocks = [bytes(size - 33) for _ in range(rng.randint(0, 48))]
        rng.shuffle(blocks)
        cut = rng.randint(0, len(blocks))
        kept.extend(blocks[:cut])
        del blocks[cut:]
    return kept


_ballast = _perturb_heap(int(os.environ.get("LOOPSCOPE_PERTURB", "0"))) \
    if os.environ.get("LOOPSCOPE_PERTURB", "0") != "0" else []
