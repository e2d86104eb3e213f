#include "asynciopieces.h"

#include "futurefields.h"
#include "programframes.h"
#include "pyref.h"

namespace loopscope::loop {

namespace {

AsyncioPieces pieces;

// A new reference to module.attr.attr...; null with an exception set.
PyRef lookup(const char* module, std::initializer_list<const char*> path)
{
    PyRef object(PyImport_ImportModule(module));
    for (const char* name : path) {
        if (!object)
            break;
        object = PyRef(PyObject_GetAttrString(object.get(), name));
    }
    return object;
}

// The code object of a function (or of a method found on a class), kept.
PyCodeObject* codeOf(const char* module, std::initializer_list<const char*> path)
{
    PyRef function = lookup(module, path);
    PyRef code(function ? PyObject_GetAttrString(function.get(), "__code__") : nullptr);
    if (!code || !PyCode_Check(code.get()))
        return nullptr;
    return (PyCodeObject*)code.release();
}

// A code object nested in another (a local function), by name; kept.
PyCodeObject* nestedCode(PyCodeObject* outer, const char* name)
{
    if (!outer)
        return nullptr;
    PyObject* constants = outer->co_consts;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(constants); ++i) {
        PyObject* item = PyTuple_GET_ITEM(constants, i);
        if (PyCode_Check(item) &&
            PyUnicode_CompareWithASCIIString(((PyCodeObject*)item)->co_name, name) == 0)
            return (PyCodeObject*)Py_NewRef(item);
    }
    return nullptr;
}

bool addWaitCode(PyCodeObject* code, trace::WaitKind kind)
{
    if (!code || pieces.waitCodeCount >= AsyncioPieces::kWaitCodes)
        return false;
    pieces.waitCodes[pieces.waitCodeCount++] = {code, kind};
    return true;
}

} // namespace

const AsyncioPieces& AsyncioPieces::get()
{
    return pieces;
}

trace::WaitKind AsyncioPieces::waitKindOf(PyCodeObject* code) const
{
    for (int i = 0; i < waitCodeCount; ++i) {
        if (waitCodes[i].code == code)
            return waitCodes[i].kind;
    }
    return trace::WaitKind::Future;
}

bool AsyncioPieces::prepare()
{
    using trace::WaitKind;
    AsyncioPieces& p = pieces;
    p.taskType = (PyTypeObject*)lookup("_asyncio", {"Task"}).release();
    p.gatheringFuture = (PyTypeObject*)lookup("asyncio.tasks", {"_GatheringFuture"}).release();
    p.setResultUnlessCancelled = lookup("asyncio.futures", {"_set_result_unless_cancelled"}).release();
    p.releaseWaiter = lookup("asyncio.tasks", {"_release_waiter"}).release();
    p.timeoutOnTimeout = lookup("asyncio.timeouts", {"Timeout", "_on_timeout"}).release();

    p.gatherCancel = codeOf("asyncio.tasks", {"_GatheringFuture", "cancel"});
    p.taskGroupAbort = codeOf("asyncio.taskgroups", {"TaskGroup", "_abort"});
    p.taskGroupOnDone = codeOf("asyncio.taskgroups", {"TaskGroup", "_on_task_done"});
    p.taskGroupCreate = codeOf("asyncio.taskgroups", {"TaskGroup", "create_task"});
    p.taskGroupExit = codeOf("asyncio.taskgroups", {"TaskGroup", "__aexit__"});
    p.timeoutFired = codeOf("asyncio.timeouts", {"Timeout", "_on_timeout"});
    p.cancelAndWait = codeOf("asyncio.tasks", {"_cancel_and_wait"});
    p.cancelAllTasks = codeOf("asyncio.runners", {"_cancel_all_tasks"});
    PyCodeObject* shield = codeOf("asyncio.tasks", {"shield"});
    p.shieldOuterDone = (PyObject*)nestedCode(shield, "_outer_done_callback");
    Py_XDECREF(shield);

    p.sleepCode = codeOf("asyncio.tasks", {"sleep"});
    p.waitCode = codeOf("asyncio.tasks", {"_wait"});
    p.waitForCode = codeOf("asyncio.tasks", {"wait_for"});
    PyCodeObject* asCompleted = codeOf("asyncio.tasks", {"as_completed"});
    bool ok = p.taskType && p.gatheringFuture && p.setResultUnlessCancelled && p.releaseWaiter &&
              p.timeoutOnTimeout && p.gatherCancel && p.taskGroupAbort && p.taskGroupOnDone &&
              p.taskGroupCreate && p.taskGroupExit && p.timeoutFired && p.cancelAndWait &&
              p.cancelAllTasks && p.shieldOuterDone && p.sleepCode && p.waitCode &&
              p.waitForCode && asCompleted;
    ok = ok && addWaitCode(p.sleepCode, WaitKind::Sleep) && addWaitCode(p.waitCode, WaitKind::Wait) &&
         addWaitCode(p.waitForCode, WaitKind::WaitFor) &&
         addWaitCode(nestedCode(asCompleted, "_wait_for_one"), WaitKind::AsCompleted) &&
         addWaitCode(p.taskGroupExit, WaitKind::TaskGroup) &&
         addWaitCode(codeOf("asyncio.locks", {"Event", "wait"}), WaitKind::Event) &&
         addWaitCode(codeOf("asyncio.locks", {"Lock", "acquire"}), WaitKind::Lock) &&
         addWaitCode(codeOf("asyncio.locks", {"Semaphore", "acquire"}), WaitKind::Semaphore) &&
         addWaitCode(codeOf("asyncio.locks", {"Condition", "wait"}), WaitKind::Condition) &&
         addWaitCode(codeOf("asyncio.locks", {"Condition", "wait_for"}), WaitKind::Condition) &&
         addWaitCode(codeOf("asyncio.queues", {"Queue", "get"}), WaitKind::QueueGet) &&
         addWaitCode(codeOf("asyncio.queues", {"Queue", "put"}), WaitKind::QueuePut) &&
         addWaitCode(codeOf("asyncio.queues", {"Queue", "join"}), WaitKind::QueueJoin) &&
         addWaitCode(codeOf("asyncio.locks", {"Barrier", "wait"}), WaitKind::Barrier) &&
         addWaitCode(codeOf("asyncio.locks", {"Barrier", "_block"}), WaitKind::Barrier) &&
         addWaitCode(codeOf("asyncio.locks", {"Barrier", "_wait"}), WaitKind::Barrier);
    Py_XDECREF(asCompleted);
    if (!ok) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "the event record does not recognise this asyncio");
        return false;
    }
    FutureFields::verify(); // if the layout differs, futures are read by attribute
    p.sleepTimer = ProgramFrames::localIndex(p.sleepCode, "h");
    p.waitFutures = ProgramFrames::localIndex(p.waitCode, "fs");
    p.waitTimeout = ProgramFrames::localIndex(p.waitCode, "timeout");
    p.waitReturnWhen = ProgramFrames::localIndex(p.waitCode, "return_when");
    p.waitForFuture = ProgramFrames::localIndex(p.waitForCode, "fut");
    p.waitForTimeout = ProgramFrames::localIndex(p.waitForCode, "timeout");
    return true;
}

} // namespace loopscope::loop
