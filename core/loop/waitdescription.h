// What a task that has just suspended awaits, read from its future waiter and from the
// coroutines it is suspended in: a sleep and its deadline, another task, a gather and its
// children, a wait() and its futures, a Queue.get, ... and the program's line where it
// waits. Reads attributes of asyncio's own objects only; runs no code of the program.
#pragma once

#include "trace/event.h"
#include "trace/trace.h"

#include <Python.h>

#include <vector>

namespace loopscope::loop {

struct WaitDescription {
    trace::WaitKind kind = trace::WaitKind::Future;
    double deadline = 0;              // Sleep
    PyObject* task = nullptr;         // Task: the awaited task (borrowed)
    std::vector<PyObject*> members;   // the awaitables of a gather, wait, TaskGroup, ... (borrowed)
    trace::ReturnWhen returnWhen = trace::ReturnWhen::None;
    double timeout = -1;              // wait(), wait_for(); negative: none
    int line = 0;                     // the program's line it waits at
};

// `waiter` is the task's _fut_waiter (null after a bare yield: then only the line).
// Keeps references to the members in `keep` (released by the caller).
WaitDescription describeWait(PyObject* task, PyObject* waiter, std::vector<PyObject*>& keep);

// The line a task's coroutine chain is suspended at in the program, 0 if none.
int suspendedProgramLine(PyObject* task);

} // namespace loopscope::loop
