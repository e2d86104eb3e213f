// The parts of CPython's asyncio the recorder recognises by identity: the types of a
// task's step and wake-up callbacks, the functions behind sleep's and wait_for's timers,
// and the code objects of the coroutines a task can wait in (Queue.get, TaskGroup's
// __aexit__, ...) or cancel from (gather, TaskGroup, timeout, wait_for, asyncio.run).
// Looked up once, in the warm interpreter; all references are kept for the process.
#pragma once

#include "trace/event.h"

#include <Python.h>

namespace loopscope::loop {

struct AsyncioPieces {
    static bool prepare(); // false with a Python exception set
    static const AsyncioPieces& get();

    PyTypeObject* taskType = nullptr;       // _asyncio.Task (CPython's own)
    PyTypeObject* gatheringFuture = nullptr; // tasks._GatheringFuture
    PyObject* setResultUnlessCancelled = nullptr; // futures._set_result_unless_cancelled
    PyObject* releaseWaiter = nullptr;      // tasks._release_waiter
    PyObject* timeoutOnTimeout = nullptr;   // timeouts.Timeout._on_timeout (the function)
    PyObject* shieldOuterDone = nullptr;    // the code of shield's _outer_done_callback

    // Where a task can cancel another (the code running when Task.cancel is called).
    PyCodeObject* gatherCancel = nullptr;     // _GatheringFuture.cancel
    PyCodeObject* taskGroupAbort = nullptr;   // TaskGroup._abort
    PyCodeObject* taskGroupOnDone = nullptr;  // TaskGroup._on_task_done (cancels the parent)
    PyCodeObject* taskGroupCreate = nullptr;  // TaskGroup.create_task
    PyCodeObject* timeoutFired = nullptr;     // Timeout._on_timeout
    PyCodeObject* cancelAndWait = nullptr;    // tasks._cancel_and_wait (wait_for)
    PyCodeObject* cancelAllTasks = nullptr;   // runners._cancel_all_tasks (asyncio.run)

    // The coroutines a task can wait in, and the locals the recorder reads there.
    struct WaitCode {
        PyCodeObject* code = nullptr;
        trace::WaitKind kind = trace::WaitKind::Future;
    };
    static constexpr int kWaitCodes = 20;
    WaitCode waitCodes[kWaitCodes];
    int waitCodeCount = 0;
    PyCodeObject* sleepCode = nullptr;   // tasks.sleep: local `h`, its timer
    int sleepTimer = -1;
    PyCodeObject* waitCode = nullptr;    // tasks._wait: fs, timeout, return_when
    int waitFutures = -1, waitTimeout = -1, waitReturnWhen = -1;
    PyCodeObject* waitForCode = nullptr; // tasks.wait_for: fut, timeout
    int waitForFuture = -1, waitForTimeout = -1;
    PyCodeObject* taskGroupExit = nullptr; // TaskGroup.__aexit__: self

    // The kind of wait `code` is, or Future if it is none of them.
    trace::WaitKind waitKindOf(PyCodeObject* code) const;
};

} // namespace loopscope::loop
