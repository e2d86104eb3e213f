"""The worker's Python side, loaded into the warm interpreter before any run.

It sets __main__ up as `python3.11 PATH` would, keeps the program's source in a memfd
(served for the program's path, see programfile.h) and in linecache, and says where a
program is and what its tasks wait for when the engine stops it.
"""

import asyncio
import io
import linecache
import os
import sys
import tokenize
import types

# What the reports below read tasks and futures with, taken before any program runs: a
# program may patch asyncio's functions or give its classes a __getattribute__, and the
# engine's messages must not run its code (it could spin, raise or print).
_all_tasks = asyncio.tasks.all_tasks
_get_name = asyncio.Task.get_name
_get_coro = asyncio.Task.get_coro
_read = object.__getattribute__

_program = None  # the program's file name, as in its code objects
_source_fd = None  # a memfd holding its source, served for the program's path


def prepare(path, argv0, source):
    """__main__, sys.argv, sys.path[0] and linecache as for `python3.11 PATH`."""
    global _program, _source_fd
    from importlib.machinery import SourceFileLoader
    import __main__

    _program = path
    # A __main__ of the run's own: the warm one is frozen (gc.freeze), and the cycles
    # between a module's globals and its functions must be collectable at exit, where
    # CPython collects them (and runs __del__ and "never retrieved" reports).
    fresh = types.ModuleType("__main__")
    namespace = fresh.__dict__
    namespace.update(__main__.__dict__)
    namespace["__annotations__"] = {}
    sys.modules["__main__"] = fresh
    namespace["__file__"] = path
    namespace["__cached__"] = None
    namespace["__loader__"] = SourceFileLoader("__main__", path)
    sys.argv[:] = [argv0]
    sys.path.insert(0, os.path.dirname(os.path.realpath(path)))

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        text = io.TextIOWrapper(io.BytesIO(source), encoding, line_buffering=True)
        lines = text.readlines()
    except (SyntaxError, UnicodeDecodeError, LookupError):
        lines = []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    linecache.cache[path] = (len(source), None, lines, path)

    _source_fd = os.memfd_create("program", os.MFD_CLOEXEC)
    os.write(_source_fd, source)


# ---- where the program is ---------------------------------------------------------------

def _coroutine_frames(coro):
    """The frames of a coroutine and of the coroutines it awaits, outermost first."""
    frames = []
    seen = 0
    while coro is not None and seen < 1000:
        frame = _attribute(coro, "cr_frame") or _attribute(coro, "gi_frame") or _attribute(coro, "ag_frame")
        if frame is None:
            break
        frames.append(frame)
        coro = _attribute(coro, "cr_await") or _attribute(coro, "gi_yieldfrom") or _attribute(coro, "ag_await")
        seen += 1
    return frames


def _program_frame(frames):
    """The innermost of these frames that runs the program's own code."""
    for frame in reversed(frames):
        if frame.f_code.co_filename == _program:
            return frame
    return None


def _describe_frame(frame):
    name = frame.f_code.co_name
    where = f"line {frame.f_lineno}"
    return where if name == "<module>" else f"{where} in {name}()"


def _attribute(obj, name):
    """obj.name as the type defines it (no __getattribute__ of the program's), or None."""
    try:
        return _read(obj, name)
    except Exception:
        return None


def _coro_of(task):
    try:
        return _get_coro(task)
    except Exception:
        return None


def _task_name(task):
    try:
        name = _get_name(task)
        return name if type(name) is str else "a task"
    except Exception:
        return "a task"


def _task_where(task):
    """'at line 7 in worker()', or where it is outside the program."""
    coro = _coro_of(task)
    frame = _program_frame(_coroutine_frames(coro))
    if frame is not None:
        return "at " + _describe_frame(frame)
    qualname = _attribute(coro, "__qualname__")
    return f"in {qualname}()" if type(qualname) is str else "(not started)"


def frame_location(frame):
    """'line 7 in worker()' for the innermost program frame from `frame` outwards."""
    stack = []
    while frame is not None:
        stack.append(frame)
        frame = frame.f_back
    found = _program_frame(list(reversed(stack)))
    return _describe_frame(found) if found is not None else None


def running_location():
    """Where the program is now: the running task's line, else the main program's."""
    task = None
    try:
        task = asyncio.current_task()
    except RuntimeError:
        pass
    if task is not None:
        return f"{_task_name(task)} {_task_where(task)}"
    return frame_location(sys._getframe(1))


# ---- what tasks wait for ----------------------------------------------------------------

_WAITS = {
    "Event.wait": "Event.wait()",
    "Queue.get": "Queue.get()",
    "Queue.put": "Queue.put()",
    "Queue.join": "Queue.join()",
    "Lock.acquire": "Lock.acquire()",
    "Semaphore.acquire": "Semaphore.acquire()",
    "BoundedSemaphore.acquire": "BoundedSemaphore.acquire()",
    "Condition.wait": "Condition.wait()",
    "Condition.wait_for": "Condition.wait()",
    "Barrier.wait": "Barrier.wait()",
    "_wait": "asyncio.wait()",
    "wait_for": "asyncio.wait_for()",
    "TaskGroup.__aexit__": "its TaskGroup's tasks",
}


def awaiting(task):
    """What a pending task waits for: a task, a gather, an Event, ... or a future."""
    waiter = _attribute(task, "_fut_waiter")
    if waiter is None:
        return "nothing (it is ready to run)"
    if isinstance(waiter, asyncio.Task):
        return _task_name(waiter)
    children = _attribute(waiter, "_children")
    if type(children) is list:
        names = ", ".join(_task_name(c) if isinstance(c, asyncio.Task) else "a future"
                          for c in children)
        return f"gather({names})"
    for frame in reversed(_coroutine_frames(_coro_of(task))):
        code = frame.f_code
        if code.co_filename == _program:
            break
        described = _WAITS.get(code.co_qualname)
        if described:
            return described
    return "a future that nothing will complete"


def _name_key(task):
    """Default names (Task-N) in creation order, then the named tasks by name."""
    name = _task_name(task)
    prefix, _, number = name.rpartition("-")
    return (0, int(number), "") if prefix == "Task" and number.isdigit() else (1, 0, name)


def describe_deadlock(loop):
    try:
        now = float(type(loop).time(loop))
    except Exception:
        import time
        now = time.monotonic()  # the virtual clock
    lines = [f"deadlock at t={now:.3f}: nothing is ready to run, no timer is set, and the "
             "program has not finished; CPython would wait for ever."]
    try:
        tasks = sorted((t for t in _all_tasks(loop) if not asyncio.Task.done(t)), key=_name_key)
    except Exception:
        tasks = []
    if not tasks:
        lines.append("  No task is waiting: the loop runs until a future that nothing "
                     "will complete is done.")
    for task in tasks:
        lines.append(f"  {_task_name(task)} {_task_where(task)} waits for "
                     f"{awaiting(task)}")
    return "\n".join(lines)


def describe_callback(handle):
    """The callback a handle would run: a task's step, or the callback itself."""
    callback = _attribute(handle, "_callback")
    task = _attribute(callback, "__self__")
    if isinstance(task, asyncio.Task):
        return f"{_task_name(task)} {_task_where(task)}"
    # Named, not repr()'d: a repr is the program's code.
    name = _attribute(callback, "__qualname__")
    return f"the callback {name}()" if type(name) is str else f"a callback ({type(callback).__name__})"
