// A future's and a task's state read straight from CPython's _asyncio structures (the
// recorder asks at every step: state, awaited future, coroutine, pending cancellation),
// instead of through attribute lookups. The layout is CPython 3.11's; it is checked on
// live objects when the interpreter starts, and where it does not hold (or the object is
// no _asyncio future) the attributes are read instead.
#pragma once

#include "pyref.h"

#include <Python.h>

namespace loopscope::loop {

enum class FutureState { Pending, Cancelled, Finished };

class FutureFields {
public:
    // Checks the layout on live objects; false (and attribute reads from then on) if it
    // differs. Any Python error is cleared.
    static bool verify();

    static FutureState state(PyObject* future);
    // New references; null for none (None reads as none too).
    static PyRef result(PyObject* future);
    static PyRef exception(PyObject* future);
    static PyRef cancelMessage(PyObject* future);
    static PyRef waiter(PyObject* task);    // _fut_waiter
    static PyRef coroutine(PyObject* task); // _coro
    static bool mustCancel(PyObject* task); // _must_cancel
};

} // namespace loopscope::loop
