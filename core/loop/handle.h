// asyncio's Handle and TimerHandle as native objects: what call_soon and call_at return
// and what the loop runs. They read and behave as asyncio.events' classes (attributes,
// repr, cancel, ordering by deadline), so CPython's tasks and the loop's Python face use
// them unchanged. A callback's exception goes to the loop's exception handler.
#pragma once

#include <Python.h>

#include <cstdint>

namespace loopscope::loop {

struct HandleObject {
    PyObject_HEAD
    PyObject* callback;        // null once cancelled
    PyObject* args;            // a tuple; null once cancelled
    PyObject* context;         // the contextvars.Context the callback runs in
    PyObject* loop;
    PyObject* repr;            // kept at cancel() in debug mode, else null
    PyObject* sourceTraceback; // where it was created, in debug mode only
    PyObject* weakrefs;
    char cancelled;
    // For the event record (recorder.h): when the handle entered the ready queue, the
    // event that scheduled it, and the task whose step did.
    std::uint32_t queuedAt;
    std::uint32_t cause;
    std::uint32_t owner;
};

struct TimerHandleObject {
    HandleObject base;
    PyObject* whenObject; // the deadline as given, returned by when()
    double when;          // the same as a double: the heap's key
    char scheduled;       // in the loop's timer heap
    char due;             // moved to the ready queue, not yet run
    std::uint16_t purpose;        // a trace::TimerPurpose
    std::uint32_t scheduledEvent; // its Timer scheduled event
};

extern PyTypeObject* HandleType;
extern PyTypeObject* TimerHandleType;

// Creates both types and adds them to the module. Returns -1 on error.
int addHandleTypes(PyObject* module);

// Handle(callback, args, loop, context); `args` must be a tuple and `context` may be
// null or None (a copy of the current context is taken). New reference or null.
HandleObject* newHandle(PyObject* callback, PyObject* args, PyObject* loop,
                        PyObject* context, bool debug);
TimerHandleObject* newTimerHandle(PyObject* whenObject, double when, PyObject* callback,
                                  PyObject* args, PyObject* loop, PyObject* context,
                                  bool debug);

// Handle._run(): runs the callback in its context. An exception goes to the loop's
// call_exception_handler; only SystemExit, KeyboardInterrupt and a failing handler
// propagate (returns -1 with the exception set).
int runHandle(HandleObject* handle);

// An object whose run() and _run() raise `exception` again, traceback kept: the context
// a handle's failure is replayed with, and the handle an escape is replayed as.
PyObject* newExceptionReplay(PyObject* exception);

inline bool isTimerHandle(PyObject* object)
{
    return PyObject_TypeCheck(object, TimerHandleType);
}

} // namespace loopscope::loop
