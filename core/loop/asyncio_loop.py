"""asyncio's face of Loopscope's native loop, and the policy that makes asyncio use it.

The loop class takes its scheduling (call_soon, call_at, the ready queue, the timer heap,
run_forever, the virtual clock) from _loopscope.NativeLoop and everything else from
CPython's own BaseEventLoop: run_until_complete, the exception handlers, shutdown_asyncgens,
shutdown_default_executor, so those run CPython's code and show its frames in tracebacks.
It is named as CPython's Unix loop so that printing it reads the same.
"""

import collections
import functools
import weakref

import asyncio
from asyncio import base_events, coroutines, events, log, unix_events

import _loopscope


_SERVER_REFUSED = "Loopscope's sandbox refused to start a server: a program may not use the network"


class _UnixSelectorEventLoop(_loopscope.NativeLoop, base_events.BaseEventLoop):
    def __init__(self, selector=None):
        # BaseEventLoop.__init__, less what the native loop owns (the ready queue, the
        # timer heap, the running and closed flags).
        self._default_executor = None
        self._internal_fds = 0
        self._exception_handler = None
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # BaseSelectorEventLoop.__init__ names its selector: CPython's on Linux.
        log.logger.debug('Using selector: %s', 'EpollSelector')
        self._signal_handlers = {}

    # Signals never arrive in a simulation (and the sandbox sends none), but a program
    # may register handlers as CPython's Unix loop lets it, with the same checks.
    def add_signal_handler(self, sig, callback, *args):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        self._signal_handlers[sig] = events.Handle(callback, args, self, None)

    def remove_signal_handler(self, sig):
        self._check_signal(sig)
        return self._signal_handlers.pop(sig, None) is not None

    _check_signal = unix_events._UnixSelectorEventLoop._check_signal

    # A server's refused sockets would be taken for addresses it cannot use (asyncio
    # skips those) and the server would "start" with none: say what was refused, at once.
    async def create_server(self, *args, **kwargs):
        raise PermissionError(_SERVER_REFUSED)

    create_unix_server = create_server

    def _write_to_self(self):
        # call_soon_threadsafe's wake-up: this loop never sleeps for real, nothing to wake.
        pass

    def _escape_replay(self, escaping_handle, through):
        """How to raise again an exception that left a callback through CPython's own
        run_forever and _run_once (or _run_once alone), on stand-in loops, so that its
        traceback holds the frames it holds under CPython's loop: the function and the
        stand-in to call it with (the native loop calls it: no frame of this file stays
        in the traceback). The loop itself has already stopped, as run_forever leaves it."""
        run_once_stand_in = _RunOnceStandIn(self, escaping_handle)
        if through == "_run_once":
            return base_events.BaseEventLoop._run_once, run_once_stand_in
        run_once = functools.partial(base_events.BaseEventLoop._run_once, run_once_stand_in)
        return base_events.BaseEventLoop.run_forever, _RunForeverStandIn(self, run_once)


class _RunOnceStandIn:
    """A loop whose only ready handle raises the escaping exception, for _run_once."""

    _scheduled = []
    _timer_cancelled_count = 0
    _stopping = True  # the selector is asked not to wait
    _current_handle = None

    class _selector:
        @staticmethod
        def select(timeout):
            return []

    def __init__(self, loop, escaping_handle):
        self._loop = loop
        self._debug = loop.get_debug()
        self.slow_callback_duration = loop.slow_callback_duration
        self._clock_resolution = loop._clock_resolution
        self._ready = collections.deque([escaping_handle])

    def _process_events(self, event_list):
        pass

    def time(self):
        return self._loop.time()


class _RunForeverStandIn:
    """A loop for run_forever whose _run_once (a partial: no frame of its own) raises."""

    _stopping = False

    def __init__(self, loop, run_once):
        self._debug = loop.get_debug()
        self._run_once = run_once
        self._asyncgen_firstiter_hook = loop._asyncgen_firstiter_hook
        self._asyncgen_finalizer_hook = loop._asyncgen_finalizer_hook

    def _check_closed(self):
        pass

    def _check_running(self):
        pass

    def _set_coroutine_origin_tracking(self, enabled):
        pass


_UnixSelectorEventLoop.__module__ = unix_events._UnixSelectorEventLoop.__module__
_UnixSelectorEventLoop.__qualname__ = unix_events._UnixSelectorEventLoop.__qualname__


class _UnixDefaultEventLoopPolicy(unix_events._UnixDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


_UnixDefaultEventLoopPolicy.__module__ = unix_events._UnixDefaultEventLoopPolicy.__module__
_UnixDefaultEventLoopPolicy.__qualname__ = unix_events._UnixDefaultEventLoopPolicy.__qualname__


def install():
    """Makes every way of getting a loop (asyncio.run, new_event_loop, get_event_loop,
    SelectorEventLoop()) give the native one."""
    asyncio.set_event_loop_policy(_UnixDefaultEventLoopPolicy())
    for module in (asyncio, unix_events):
        module.SelectorEventLoop = _UnixSelectorEventLoop
        # A program that sets (or subclasses) the default policy gets this loop too.
        module.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
    # The handles call_soon and call_at return are these: isinstance() and type() checks
    # against asyncio's names hold.
    for module in (asyncio, events):
        module.Handle = _loopscope.Handle
        module.TimerHandle = _loopscope.TimerHandle
