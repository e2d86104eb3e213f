// Loopscope's Task class: CPython's own _asyncio.Task with cancel(), uncancel() and
// set_name() wrapped so that the event record sees each call, and hidden fields: what
// the recorder keeps of the task (its id in the record, 0 until it has one, and its
// latest events), in the task itself, where the recorder finds it without a lookup. Installed as asyncio.Task (and
// asyncio.tasks.Task), so create_task, TaskGroup, gather and asyncio.run make these.
// Named _asyncio.Task, it reads as CPython's class; nothing else of the task changes.
#pragma once

#include <Python.h>

#include <cstdint>

namespace loopscope::loop {

extern PyTypeObject* TracedTaskType;

// Creates the type and adds it to the module as `Task`. -1 on error.
int addTracedTaskType(PyObject* module);

// What the recorder keeps of a task (all zero when the task is made; the rest is set
// when it is recorded).
struct TaskMarks {
    std::uint32_t id;         // in the record; 0 until recorded
    std::uint32_t created;    // its latest events of these kinds (event ids, or none)
    std::uint32_t lastResume;
    std::uint32_t lastYield;
    std::uint32_t lastCancel;
    std::uint32_t ended;
    std::int32_t pendingCancels; // cancel() calls not yet taken back by uncancel()
    std::uint32_t lastLine;      // its latest line event's line (0 before any)
};

bool isTracedTask(PyObject* task);
TaskMarks& tracedTaskMarks(PyObject* task);

} // namespace loopscope::loop
