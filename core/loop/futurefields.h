// A future's and a task's state read straight from CPython's _asyncio structures (the
// recorder asks at every step: state, awaited future, coroutine, pending cancellation),
// instead of through attribute lookups. The layout is CPython 3.11's; it is checked on
// live objects when the interpreter starts. Where it does not hold, or the object is no
// _asyncio future, the attributes are read from the instance's dictionary (never through
// code of the program's).
#pragma once

#include "pyref.h"

#include <Python.h>

#include <cstdint>
#include <vector>

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
    // A place in an _asyncio task (in padding CPython never touches, zeroed when the task
    // is made) for the recorder's id of it; null where the layout did not check out or
    // the object is no _asyncio task.
    static std::uint32_t* recordId(PyObject* task);
    // The done callbacks of an exact _asyncio.Future, in order (borrowed: use them before
    // anything can change the future). False, giving none, for anything else.
    static bool callbacks(PyObject* future, std::vector<PyObject*>& found);
};

} // namespace loopscope::loop
