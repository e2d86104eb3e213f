// What the native loop is made of, shared by the files that implement it (nativeloop.cpp,
// loopiteration.cpp): its state behind the Python object, and the asyncio functions it
// calls. Not a public header.
#pragma once

#include "handle.h"
#include "timerheap.h"

#include <Python.h>

#include <deque>
#include <vector>

namespace loopscope::loop {

struct LoopState {
    std::deque<HandleObject*> ready;      // owned references, FIFO
    TimerHeap<TimerHandleObject*> timers; // owned references
    Py_ssize_t timerCancelledCount = 0;
    PyObject* threadId = nullptr;      // the running thread's id, null when not running
    PyObject* debug = nullptr;         // as given to set_debug()
    bool debugFlag = false;            // its truth
    PyObject* taskFactory = nullptr;   // null for the default
    PyObject* currentHandle = nullptr; // the running handle, in debug mode only
    bool closed = false;
    bool stopping = false;
};

struct LoopObject {
    PyObject_HEAD
    LoopState* state;
};

// What the loop calls in asyncio, looked up once.
struct AsyncioRefs {
    PyObject* futuresModule = nullptr; // asyncio.futures (Future read at each call)
    PyObject* tasksModule = nullptr;   // asyncio.tasks (Task, _set_task_name)
    PyObject* getRunningLoop = nullptr;
    PyObject* setRunningLoop = nullptr;
    PyObject* getAsyncgenHooks = nullptr;
    PyObject* setAsyncgenHooks = nullptr;
    PyObject* logger = nullptr;       // asyncio.log.logger
    PyObject* formatHandle = nullptr; // base_events._format_handle
    PyObject* baseEventLoop = nullptr; // base_events.BaseEventLoop, for the unusual cases
};
extern AsyncioRefs refs;

inline LoopState& stateOf(PyObject* self)
{
    return *((LoopObject*)self)->state;
}

// Gives up references once the structure that held them is consistent again: releasing
// one can run any code, and that code may schedule or cancel.
void releaseAll(std::vector<TimerHandleObject*>& handles);

} // namespace loopscope::loop
