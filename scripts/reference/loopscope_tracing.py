"""CPython's tasks, instrumented as Loopscope's engine instruments its own, on CPython's
loop: the reference for the first three fields of the event record.

Loaded by sitecustomize.py when LOOPSCOPE_TRACE names a file. It writes one line per event
of the kinds the engine must reproduce exactly, `<time with 3 decimals> <task name> <kind>`:

- create: a task's first step is scheduled (Task.__init__ calls loop.call_soon with it);
- resume: the loop runs a task's step or wake-up (a TaskStepMethWrapper or task_wakeup);
- suspend / yield: after such a step, the task is pending and awaits a future / nothing
  (a bare yield, as in sleep(0));
- done / failed / cancelled: after such a step, the task has ended (for the first time);
- cancel: Task.cancel() is called on a pending task (the calls that return True), before
  the cancellation takes effect.

Tasks are of a subclass of CPython's Task whose cancel() reports, as the engine's are;
the rest is CPython's own code. The task name is the one at the time of the event.
"""

import os
import sys
import weakref

import _asyncio
import asyncio
from asyncio import base_events, events, tasks

_fd = None
_clock_of = None  # returns the virtual time


def _emit(task, kind):
    name = _asyncio.Task.get_name(task)
    os.write(_fd, f"{_clock_of():.3f} {name} {kind}\n".encode("utf-8", "backslashreplace"))


class Task(_asyncio.Task):
    def cancel(self, msg=None):
        if not _asyncio.Task.done(self):
            _emit(self, "cancel")
        return super().cancel(msg)


Task.__module__ = "_asyncio"
Task.__qualname__ = "Task"

_seen = weakref.WeakSet()  # the tasks created so far


def _task_of_step(callback):
    """The task whose step or wake-up `callback` is, else None."""
    kind = type(callback).__name__
    if kind == "TaskStepMethWrapper":
        return callback.__self__
    if kind == "builtin_function_or_method" and callback.__name__ == "task_wakeup":
        return callback.__self__
    return None


def _end_of_step(task):
    state = task._state
    if state == "FINISHED":
        _emit(task, "failed" if task._exception is not None else "done")
    elif state == "CANCELLED":
        _emit(task, "cancelled")
    else:
        _emit(task, "suspend" if task._fut_waiter is not None else "yield")


def install(path, clock_of):
    global _fd, _clock_of
    _fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    _clock_of = clock_of

    for module in (asyncio, tasks):
        module.Task = Task

    # A profile function sees Python code run and C functions called from Python code,
    # without adding a frame to any traceback or stack:
    # - Task.__init__ calls loop.call_soon(step): a task's creation;
    # - a task's step runs inside Handle._run, in its call of Context.run.
    call_soon = base_events.BaseEventLoop.call_soon.__code__
    handle_run = events.Handle._run.__code__
    running = []  # (task, was_done) for each step under way (loops can nest)

    def _profile(frame, event, arg):
        code = frame.f_code
        if code is call_soon:
            if event == "call":
                callback = frame.f_locals["callback"]
                if type(callback).__name__ == "TaskStepMethWrapper":
                    task = callback.__self__
                    if task not in _seen:
                        _seen.add(task)
                        _emit(task, "create")
            return
        if code is not handle_run or getattr(arg, "__name__", None) != "run":
            return
        if event == "c_call":
            task = _task_of_step(frame.f_locals["self"]._callback)
            if task is not None:
                running.append((task, task.done()))
                _emit(task, "resume")
            else:
                running.append(None)
        elif event in ("c_return", "c_exception"):
            step = running.pop() if running else None
            if step is not None and not step[1]:
                _end_of_step(step[0])

    sys.setprofile(_profile)
