// The native event loop: the part of asyncio's loop that decides what runs when. It owns
// the ready queue and the timer heap and reproduces BaseEventLoop._run_once exactly, on
// the virtual clock: where CPython would block in select(timeout), the clock jumps.
// Exposed as `_loopscope.NativeLoop`, the first base of the loop class asyncio uses (see
// asyncio_loop.py); the rest of the loop interface is CPython's BaseEventLoop.
#pragma once

#include <Python.h>

namespace loopscope::loop {

extern PyTypeObject* NativeLoopType;

// Creates the type and adds it to the module. asyncio must be importable. -1 on error.
int addNativeLoopType(PyObject* module);

// Shortcuts for handles, taken only when `loop` is a native loop whose get_debug and
// _timer_handle_cancelled are the native ones (neither its class nor the instance
// replaces them); otherwise they return false and the handle calls the methods.
bool nativeLoopDebug(PyObject* loop, bool* debug);
bool nativeTimerHandleCancelled(PyObject* loop, PyObject* timer);

} // namespace loopscope::loop
