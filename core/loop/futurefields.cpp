#include "futurefields.h"

#include <cstddef>
#include <cstdint>

namespace loopscope::loop {

namespace {

// Modules/_asynciomodule.c, CPython 3.11: FutureObj_HEAD and TaskObj.
struct FutureObject {
    PyObject_HEAD
    PyObject* loop;
    PyObject* callback0;
    PyObject* context0;
    PyObject* callbacks;
    PyObject* exception;
    PyObject* exceptionTraceback;
    PyObject* result;
    PyObject* sourceTraceback;
    PyObject* cancelMessage;
    int state; // fut_state: STATE_PENDING, STATE_CANCELLED, STATE_FINISHED
    int logTraceback;
    int blocking;
    PyObject* dict;
    PyObject* weakrefs;
    PyObject* cancelledException;
};

struct TaskObject {
    FutureObject future;
    PyObject* waiter;
    PyObject* coroutine;
    PyObject* name;
    PyObject* context;
    int mustCancel;
    int logDestroyPending;
    int cancelsRequested;
    // The struct's padding, which CPython allocates (zeroed) and never uses: where the
    // recorder keeps the task's id in the record.
    std::uint32_t recordId;
};

bool direct = false; // the layout held when checked
PyTypeObject* futureType = nullptr;
PyTypeObject* taskType = nullptr;

FutureObject* asFuture(PyObject* object)
{
    return direct && PyObject_TypeCheck(object, futureType) ? reinterpret_cast<FutureObject*>(object) : nullptr;
}

TaskObject* asTask(PyObject* object)
{
    return direct && PyObject_TypeCheck(object, taskType) ? reinterpret_cast<TaskObject*>(object) : nullptr;
}

PyRef owned(PyObject* borrowed)
{
    return borrowed && borrowed != Py_None ? PyRef::borrow(borrowed) : PyRef();
}

// A future that is no _asyncio one (asyncio's pure-Python classes, a future-like of the
// program's) is read from its instance dictionary only.
PyRef attribute(PyObject* object, const char* name)
{
    PyRef value = instanceAttribute(object, name);
    return value.get() == Py_None ? PyRef() : std::move(value);
}

bool check(PyObject* future, int state, PyObject* result, PyObject* exception)
{
    auto* f = reinterpret_cast<FutureObject*>(future);
    return f->state == state && f->result == result && f->exception == exception;
}

} // namespace

bool FutureFields::verify()
{
    direct = false;
    PyRef module(PyImport_ImportModule("_asyncio"));
    PyRef future(module ? PyObject_GetAttrString(module.get(), "Future") : nullptr);
    PyRef task(module ? PyObject_GetAttrString(module.get(), "Task") : nullptr);
    PyRef asyncio(PyImport_ImportModule("asyncio"));
    PyRef newLoop(asyncio ? PyObject_GetAttrString(asyncio.get(), "new_event_loop") : nullptr);
    PyRef loop(newLoop ? PyObject_CallNoArgs(newLoop.get()) : nullptr);
    if (!loop || !future || !task) {
        PyErr_Clear();
        return false;
    }
    futureType = (PyTypeObject*)future.get();
    taskType = (PyTypeObject*)task.get();
    bool ok = futureType->tp_basicsize == Py_ssize_t(sizeof(FutureObject)) &&
              taskType->tp_basicsize == Py_ssize_t(sizeof(TaskObject));

    // Futures in each state, and a task before its first step.
    PyRef kw(Py_BuildValue("{sO}", "loop", loop.get()));
    PyRef empty(PyTuple_New(0));
    PyRef pending(ok ? PyObject_Call(future.get(), empty.get(), kw.get()) : nullptr);
    PyRef done(ok ? PyObject_Call(future.get(), empty.get(), kw.get()) : nullptr);
    PyRef failed(ok ? PyObject_Call(future.get(), empty.get(), kw.get()) : nullptr);
    PyRef cancelled(ok ? PyObject_Call(future.get(), empty.get(), kw.get()) : nullptr);
    PyRef value(PyUnicode_FromString("value"));
    PyRef error(PyObject_CallFunction(PyExc_ValueError, "s", "error"));
    PyRef message(PyUnicode_FromString("message"));
    ok = ok && pending && done && failed && cancelled && value && error && message &&
         PyRef(PyObject_CallMethod(done.get(), "set_result", "O", value.get())) &&
         PyRef(PyObject_CallMethod(failed.get(), "set_exception", "O", error.get())) &&
         PyRef(PyObject_CallMethod(cancelled.get(), "cancel", "O", message.get()));
    ok = ok && check(pending.get(), 0, nullptr, nullptr) && check(done.get(), 2, value.get(), nullptr) &&
         check(failed.get(), 2, nullptr, error.get()) && check(cancelled.get(), 1, nullptr, nullptr) &&
         reinterpret_cast<FutureObject*>(cancelled.get())->cancelMessage == message.get();
    // Retrieve the failure, so that no "exception was never retrieved" is logged.
    PyRef retrieved(ok ? PyObject_CallMethod(failed.get(), "exception", nullptr) : nullptr);

    PyRef code(Py_CompileString("async def _loopscope_probe():\n    pass\n", "<loopscope>", Py_file_input));
    PyRef globals(PyDict_New());
    if (ok && code && globals && PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins()) == 0) {
        PyRef ran(PyEval_EvalCode(code.get(), globals.get(), globals.get()));
        PyObject* function = PyDict_GetItemString(globals.get(), "_loopscope_probe"); // borrowed
        PyRef coroutine(ran && function ? PyObject_CallNoArgs(function) : nullptr);
        // Named, so that CPython's counter of default names (Task-1, ...) is not used.
        PyRef taskKw(Py_BuildValue("{sOss}", "loop", loop.get(), "name", "loopscope-probe"));
        PyRef args(coroutine ? PyTuple_Pack(1, coroutine.get()) : nullptr);
        PyRef probe(args && taskKw ? PyObject_Call(task.get(), args.get(), taskKw.get()) : nullptr);
        auto* t = reinterpret_cast<TaskObject*>(probe.get());
        ok = probe && t->coroutine == coroutine.get() && t->waiter == nullptr && t->mustCancel == 0 &&
             t->future.state == 0 && t->recordId == 0 &&
             offsetof(TaskObject, recordId) >= offsetof(TaskObject, cancelsRequested) + sizeof(int);
        if (probe) {
            PyRef cancelling(PyObject_CallMethod(probe.get(), "cancel", nullptr));
            ok = ok && t->mustCancel == 1 && t->cancelsRequested == 1;
            // Never run: keep it from being reported as destroyed pending.
            PyRef quiet(PyBool_FromLong(0));
            PyObject_SetAttrString(probe.get(), "_log_destroy_pending", quiet.get());
        }
        if (coroutine) {
            PyRef closed(PyObject_CallMethod(coroutine.get(), "close", nullptr));
        }
    } else {
        ok = false;
    }
    PyRef closed(PyObject_CallMethod(loop.get(), "close", nullptr));
    PyErr_Clear();
    direct = ok;
    return ok;
}

FutureState FutureFields::state(PyObject* future)
{
    if (FutureObject* f = asFuture(future))
        return f->state == 2 ? FutureState::Finished : f->state == 1 ? FutureState::Cancelled : FutureState::Pending;
    PyRef value = attribute(future, "_state");
    if (value && PyUnicode_Check(value.get())) {
        if (PyUnicode_CompareWithASCIIString(value.get(), "FINISHED") == 0)
            return FutureState::Finished;
        if (PyUnicode_CompareWithASCIIString(value.get(), "CANCELLED") == 0)
            return FutureState::Cancelled;
    }
    return FutureState::Pending;
}

PyRef FutureFields::result(PyObject* future)
{
    if (FutureObject* f = asFuture(future))
        return owned(f->result);
    return attribute(future, "_result");
}

PyRef FutureFields::exception(PyObject* future)
{
    if (FutureObject* f = asFuture(future))
        return owned(f->exception);
    return attribute(future, "_exception");
}

PyRef FutureFields::cancelMessage(PyObject* future)
{
    if (FutureObject* f = asFuture(future))
        return owned(f->cancelMessage);
    return attribute(future, "_cancel_message");
}

PyRef FutureFields::waiter(PyObject* task)
{
    if (TaskObject* t = asTask(task))
        return owned(t->waiter);
    return attribute(task, "_fut_waiter");
}

PyRef FutureFields::coroutine(PyObject* task)
{
    if (TaskObject* t = asTask(task))
        return owned(t->coroutine);
    return attribute(task, "_coro");
}

bool FutureFields::callbacks(PyObject* future, std::vector<PyObject*>& found)
{
    if (!direct || !Py_IS_TYPE(future, futureType))
        return false;
    auto* f = reinterpret_cast<FutureObject*>(future);
    if (f->callback0)
        found.push_back(f->callback0);
    if (f->callbacks && PyList_Check(f->callbacks)) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(f->callbacks); ++i) {
            PyObject* entry = PyList_GET_ITEM(f->callbacks, i); // (callback, context)
            if (PyTuple_Check(entry) && PyTuple_GET_SIZE(entry) > 0)
                found.push_back(PyTuple_GET_ITEM(entry, 0));
        }
    }
    return true;
}

std::uint32_t* FutureFields::recordId(PyObject* task)
{
    TaskObject* t = asTask(task);
    return t ? &t->recordId : nullptr;
}

bool FutureFields::mustCancel(PyObject* task)
{
    if (TaskObject* t = asTask(task))
        return t->mustCancel != 0;
    PyRef value = attribute(task, "_must_cancel");
    return value.get() == Py_True;
}

} // namespace loopscope::loop
