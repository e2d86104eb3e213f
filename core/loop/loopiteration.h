// One iteration of the native loop: BaseEventLoop._run_once, exactly, with select(timeout)
// made a jump of the virtual clock, and the limits of the run checked. An exception that
// leaves a callback is raised again through CPython's own run_forever and _run_once, so
// that its traceback holds the frames it holds under CPython's loop.
#pragma once

#include <Python.h>

namespace loopscope::loop {

// Runs one iteration of `loop` (a NativeLoop). -1 with the exception set if one left a
// callback or a limit ended the run.
int runOnce(PyObject* loop);

// Raises the pending exception again through BaseEventLoop.run_forever and _run_once
// (`through` is "run_forever") or _run_once alone ("_run_once"). Returns -1.
int replayEscape(PyObject* loop, const char* through);

} // namespace loopscope::loop
