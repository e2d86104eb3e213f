#include "nativeloop.h"

#include "handle.h"
#include "loopiteration.h"
#include "loopstate.h"
#include "pyref.h"
#include "recorder.h"
#include "virtualclock.h"

#include <pythread.h>

#include <algorithm>

namespace loopscope::loop {

PyTypeObject* NativeLoopType = nullptr;
AsyncioRefs refs;

void releaseAll(std::vector<TimerHandleObject*>& handles)
{
    for (TimerHandleObject* handle : handles)
        Py_DECREF(handle);
    handles.clear();
}

namespace {

// ---- the usual case natively, the rest by CPython's own method -------------------------

// BaseEventLoop.<name>, called on this loop with the same arguments. A native method
// takes the usual way itself and hands every other case here: errors are then raised by
// CPython's own code, with its messages and its frames (which keep the arguments alive
// exactly as long as under CPython), and debug mode runs CPython's checks.
PyObject* byCPython(const char* name, PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                    PyObject* kwnames)
{
    PyRef method(PyObject_GetAttrString(refs.baseEventLoop, name));
    if (!method)
        return nullptr;
    const Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    std::vector<PyObject*> withSelf(std::size_t(total) + 1);
    withSelf[0] = self;
    std::copy(args, args + total, withSelf.begin() + 1);
    return PyObject_Vectorcall(method.get(), withSelf.data(), std::size_t(nargs) + 1, kwnames);
}

// Reads the keyword arguments named in `names` (null-terminated) into `values`; false if
// there is another (for CPython's method to refuse).
bool readKeywords(PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                  const char* const* names, PyObject** values)
{
    if (!kwnames)
        return true;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); ++i) {
        PyObject* key = PyTuple_GET_ITEM(kwnames, i);
        bool known = false;
        for (int n = 0; names[n] && !known; ++n) {
            if (PyUnicode_CompareWithASCIIString(key, names[n]) == 0) {
                values[n] = args[nargs + i];
                known = true;
            }
        }
        if (!known)
            return false;
    }
    return true;
}

// BaseEventLoop's debug-mode checks, which are Python methods of the loop.
int debugChecks(PyObject* self, PyObject* callback, const char* method)
{
    PyRef threadOk(PyObject_CallMethod(self, "_check_thread", nullptr));
    PyRef callbackOk(threadOk ? PyObject_CallMethod(self, "_check_callback", "Os", callback, method)
                              : nullptr);
    return callbackOk ? 0 : -1;
}

PyObject* argumentsTuple(PyObject* const* args, Py_ssize_t count)
{
    PyObject* tuple = PyTuple_New(count);
    for (Py_ssize_t i = 0; tuple && i < count; ++i)
        PyTuple_SET_ITEM(tuple, i, Py_NewRef(args[i]));
    return tuple;
}

// ---- scheduling -------------------------------------------------------------------------

HandleObject* callSoon(PyObject* self, PyObject* callback, PyObject* args, PyObject* context)
{
    LoopState& state = stateOf(self);
    HandleObject* handle = newHandle(callback, args, self, context, state.debugFlag);
    if (!handle)
        return nullptr;
    Py_INCREF(handle);
    state.ready.push_back(handle);
    if (Recorder& recorder = Recorder::instance(); recorder.active())
        recorder.queued(handle);
    return handle;
}

// call_soon(callback, *args, context=None) and call_soon_threadsafe (which has nothing to
// wake: the loop never sleeps for real).
PyObject* scheduleSoon(const char* method, PyObject* self, PyObject* const* args,
                       Py_ssize_t nargs, PyObject* kwnames)
{
    static const char* const names[] = {"context", nullptr};
    PyObject* context = Py_None;
    const LoopState& state = stateOf(self);
    if (nargs < 1 || state.closed || state.debugFlag ||
        !readKeywords(args, nargs, kwnames, names, &context))
        return byCPython(method, self, args, nargs, kwnames);
    PyRef callbackArgs(argumentsTuple(args + 1, nargs - 1));
    return callbackArgs ? (PyObject*)callSoon(self, args[0], callbackArgs.get(), context) : nullptr;
}

PyObject* loopCallSoon(PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                       PyObject* kwnames)
{
    return scheduleSoon("call_soon", self, args, nargs, kwnames);
}

PyObject* loopCallSoonThreadsafe(PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                                 PyObject* kwnames)
{
    return scheduleSoon("call_soon_threadsafe", self, args, nargs, kwnames);
}

// _call_soon(callback, args, context): what CPython's call_soon calls.
PyObject* loopCallSoonInternal(PyObject* self, PyObject* const* args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "_call_soon() takes 3 arguments");
        return nullptr;
    }
    PyRef tuple(PySequence_Tuple(args[1]));
    return tuple ? (PyObject*)callSoon(self, args[0], tuple.get(), args[2]) : nullptr;
}

// Pushes a timer for `callback(*args)` at `when` (whenObject as given to call_at).
PyObject* scheduleAt(PyObject* self, PyObject* whenObject, PyObject* callback,
                     PyObject* const* args, Py_ssize_t count, PyObject* context)
{
    LoopState& state = stateOf(self);
    const double when = PyFloat_AsDouble(whenObject);
    if (when == -1.0 && PyErr_Occurred())
        return nullptr;
    if (state.debugFlag && debugChecks(self, callback, "call_at") < 0)
        return nullptr;
    PyRef callbackArgs(argumentsTuple(args, count));
    TimerHandleObject* timer =
        callbackArgs ? newTimerHandle(whenObject, when, callback, callbackArgs.get(), self,
                                      context, state.debugFlag)
                     : nullptr;
    if (!timer)
        return nullptr;
    Py_INCREF(timer);
    state.timers.push(when, timer);
    timer->scheduled = 1;
    if (Recorder& recorder = Recorder::instance(); recorder.active())
        recorder.timerScheduled(timer);
    return (PyObject*)timer;
}

// call_at(when, callback, *args, context=None). Debug mode stays native: CPython's call_at
// would push a Python TimerHandle onto a heap this loop does not have.
PyObject* loopCallAt(PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                     PyObject* kwnames)
{
    static const char* const names[] = {"context", nullptr};
    PyObject* context = Py_None;
    if (nargs < 2 || args[0] == Py_None || stateOf(self).closed ||
        !readKeywords(args, nargs, kwnames, names, &context))
        return byCPython("call_at", self, args, nargs, kwnames);
    return scheduleAt(self, args[0], args[1], args + 2, nargs - 2, context);
}

// call_later(delay, callback, *args, context=None): call_at(self.time() + delay, ...).
PyObject* loopCallLater(PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                        PyObject* kwnames)
{
    static const char* const names[] = {"context", nullptr};
    PyObject* context = Py_None;
    const LoopState& state = stateOf(self);
    if (nargs < 2 || !(PyFloat_CheckExact(args[0]) || PyLong_CheckExact(args[0])) ||
        state.closed || state.debugFlag || !readKeywords(args, nargs, kwnames, names, &context))
        return byCPython("call_later", self, args, nargs, kwnames);
    PyRef now(PyFloat_FromDouble(VirtualClock::instance().now()));
    PyRef when(now ? PyNumber_Add(now.get(), args[0]) : nullptr);
    return when ? scheduleAt(self, when.get(), args[1], args + 2, nargs - 2, context) : nullptr;
}

// Whether attribute `name` of `loop` is still NativeLoop's own method (a type lookup goes
// through the type's method cache; the instance's dict is asked too).
bool hasNativeMethod(PyObject* loop, PyObject* name)
{
    if (!PyObject_TypeCheck(loop, NativeLoopType))
        return false;
    PyObject* found = _PyType_Lookup(Py_TYPE(loop), name); // borrowed
    if (!found || found != _PyType_Lookup(NativeLoopType, name))
        return false;
    PyObject** dict = _PyObject_GetDictPtr(loop);
    return !dict || !*dict || !PyDict_GetItemWithError(*dict, name);
}

PyObject* loopTimerHandleCancelled(PyObject* self, PyObject* handle)
{
    if (isTimerHandle(handle) && ((TimerHandleObject*)handle)->scheduled)
        stateOf(self).timerCancelledCount++;
    Py_RETURN_NONE;
}

// ---- futures and tasks ------------------------------------------------------------------

PyObject* loopCreateFuture(PyObject* self, PyObject*)
{
    // In debug mode a future remembers where it was created: in CPython's create_future.
    if (stateOf(self).debugFlag)
        return byCPython("create_future", self, nullptr, 0, nullptr);
    PyRef futureType(PyObject_GetAttrString(refs.futuresModule, "Future"));
    if (!futureType)
        return nullptr;
    PyObject* args[] = {self};
    PyRef kwnames(Py_BuildValue("(s)", "loop"));
    if (!kwnames)
        return nullptr;
    return PyObject_Vectorcall(futureType.get(), args, 0, kwnames.get());
}

// create_task(coro, *, name=None, context=None)
PyObject* loopCreateTask(PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                         PyObject* kwnames)
{
    static const char* const names[] = {"name", "context", nullptr};
    PyObject* values[] = {Py_None, Py_None};
    const LoopState& stateNow = stateOf(self);
    if (nargs != 1 || stateNow.closed || stateNow.debugFlag ||
        !readKeywords(args, nargs, kwnames, names, values))
        return byCPython("create_task", self, args, nargs, kwnames);
    PyObject* name = values[0];
    PyObject* context = values[1];
    const LoopState& state = stateNow;
    if (!state.taskFactory) {
        PyRef taskType(PyObject_GetAttrString(refs.tasksModule, "Task"));
        if (!taskType)
            return nullptr;
        PyObject* callArgs[] = {args[0], self, name, context};
        PyRef kw(Py_BuildValue("(sss)", "loop", "name", "context"));
        if (!kw)
            return nullptr;
        return PyObject_Vectorcall(taskType.get(), callArgs, 1, kw.get());
    }
    PyRef task;
    if (context == Py_None) {
        task = PyRef(PyObject_CallFunctionObjArgs(state.taskFactory, self, args[0], nullptr));
    } else {
        PyObject* callArgs[] = {self, args[0], context};
        PyRef kw(Py_BuildValue("(s)", "context"));
        if (!kw)
            return nullptr;
        task = PyRef(PyObject_Vectorcall(state.taskFactory, callArgs, 2, kw.get()));
    }
    if (!task)
        return nullptr;
    PyRef setName(PyObject_GetAttrString(refs.tasksModule, "_set_task_name"));
    PyRef done(setName ? PyObject_CallFunctionObjArgs(setName.get(), task.get(), name, nullptr)
                       : nullptr);
    if (!done)
        return nullptr;
    return task.release();
}

// ---- running ----------------------------------------------------------------------------

PyObject* loopRunOnce(PyObject* self, PyObject*)
{
    if (runOnce(self) < 0) {
        replayEscape(self, "_run_once");
        return nullptr;
    }
    Py_RETURN_NONE;
}

// BaseEventLoop.run_forever, native: the loop runs without a Python frame per iteration.
PyObject* loopRunForever(PyObject* self, PyObject*)
{
    LoopState& state = stateOf(self);
    PyRef runningLoop(PyObject_CallNoArgs(refs.getRunningLoop));
    if (!runningLoop)
        return nullptr;
    // A closed or running loop, or another one running: CPython's own refusal.
    if (state.closed || state.threadId || runningLoop.get() != Py_None)
        return byCPython("run_forever", self, nullptr, 0, nullptr);
    {
        PyObject* debug = state.debug ? state.debug : Py_False;
        PyRef done(PyObject_CallMethod(self, "_set_coroutine_origin_tracking", "O", debug));
        if (!done)
            return nullptr;
    }
    PyRef oldHooks(PyObject_CallNoArgs(refs.getAsyncgenHooks));
    if (!oldHooks)
        return nullptr;

    bool failed = false;
    state.threadId = PyLong_FromUnsignedLong(PyThread_get_thread_ident());
    failed = !state.threadId;
    if (!failed) {
        PyRef firstiter(PyObject_GetAttrString(self, "_asyncgen_firstiter_hook"));
        PyRef finalizer(PyObject_GetAttrString(self, "_asyncgen_finalizer_hook"));
        PyRef kw(firstiter && finalizer ? Py_BuildValue("{sOsO}", "firstiter", firstiter.get(),
                                                        "finalizer", finalizer.get())
                                        : nullptr);
        PyRef empty(PyTuple_New(0));
        PyRef set(kw && empty ? PyObject_Call(refs.setAsyncgenHooks, empty.get(), kw.get())
                              : nullptr);
        PyRef running(set ? PyObject_CallOneArg(refs.setRunningLoop, self) : nullptr);
        failed = !running;
    }
    Recorder& recorder = Recorder::instance();
    const std::uint32_t savedIteration = recorder.active() ? recorder.loopStarts() : 0;
    bool escaped = false;
    while (!failed) {
        if (runOnce(self) < 0)
            failed = escaped = true;
        else if (state.stopping)
            break;
    }

    // finally:
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    if (recorder.active())
        recorder.loopStops(savedIteration);
    state.stopping = false;
    Py_CLEAR(state.threadId);
    PyRef cleared(PyObject_CallOneArg(refs.setRunningLoop, Py_None));
    PyRef tracking(cleared ? PyObject_CallMethod(self, "_set_coroutine_origin_tracking", "O",
                                                 Py_False)
                           : nullptr);
    PyRef restored(tracking ? PyObject_Call(refs.setAsyncgenHooks, oldHooks.get(), nullptr)
                            : nullptr);
    if (type) {
        PyErr_Restore(type, value, traceback);
        if (escaped)
            replayEscape(self, "run_forever");
        return nullptr;
    }
    if (!restored)
        return nullptr;
    Py_RETURN_NONE;
}

PyObject* loopGetDebug(PyObject* self, PyObject*)
{
    LoopState& state = stateOf(self);
    return Py_NewRef(state.debug ? state.debug : Py_False);
}

// BaseEventLoop.close, less the selector and self-pipe this loop does not have.
PyObject* loopClose(PyObject* self, PyObject*)
{
    LoopState& state = stateOf(self);
    if (state.threadId)
        return byCPython("close", self, nullptr, 0, nullptr); // refuses to close it
    if (state.closed)
        Py_RETURN_NONE;
    if (state.debugFlag) {
        PyRef logged(PyObject_CallMethod(refs.logger, "debug", "sO", "Close %r", self));
        if (!logged)
            return nullptr;
    }
    state.closed = true;
    std::vector<HandleObject*> ready(state.ready.begin(), state.ready.end());
    state.ready.clear();
    std::vector<TimerHandleObject*> timers;
    state.timers.takeAll(timers);
    for (HandleObject* handle : ready)
        Py_DECREF(handle);
    releaseAll(timers);

    if (PyObject_SetAttrString(self, "_executor_shutdown_called", Py_True) < 0)
        return nullptr;
    PyRef executor(PyObject_GetAttrString(self, "_default_executor"));
    if (!executor)
        return nullptr;
    if (executor.get() != Py_None) {
        if (PyObject_SetAttrString(self, "_default_executor", Py_None) < 0)
            return nullptr;
        PyRef kw(Py_BuildValue("{sO}", "wait", Py_False));
        PyRef shutdown(PyObject_GetAttrString(executor.get(), "shutdown"));
        PyRef empty(PyTuple_New(0));
        PyRef done(kw && shutdown && empty ? PyObject_Call(shutdown.get(), empty.get(), kw.get())
                                           : nullptr);
        if (!done)
            return nullptr;
    }
    Py_RETURN_NONE;
}

// ---- attributes BaseEventLoop's Python methods read and write ---------------------------

PyObject* getClosed(PyObject* self, void*) { return PyBool_FromLong(stateOf(self).closed); }
PyObject* getStopping(PyObject* self, void*) { return PyBool_FromLong(stateOf(self).stopping); }

int setFlag(bool& flag, PyObject* value)
{
    if (!value) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete this attribute");
        return -1;
    }
    int truth = PyObject_IsTrue(value);
    if (truth < 0)
        return -1;
    flag = truth;
    return 0;
}

int setClosed(PyObject* self, PyObject* value, void*) { return setFlag(stateOf(self).closed, value); }
int setStopping(PyObject* self, PyObject* value, void*) { return setFlag(stateOf(self).stopping, value); }

PyObject* getThreadId(PyObject* self, void*)
{
    PyObject* id = stateOf(self).threadId;
    return Py_NewRef(id ? id : Py_None);
}

// run_forever (CPython's own) marks the loop running by setting this.
int setThreadId(PyObject* self, PyObject* value, void*)
{
    LoopState& state = stateOf(self);
    Py_CLEAR(state.threadId);
    if (value && value != Py_None)
        state.threadId = Py_NewRef(value);
    return 0;
}

PyObject* getDebug(PyObject* self, void*) { return loopGetDebug(self, nullptr); }

int setDebug(PyObject* self, PyObject* value, void*)
{
    LoopState& state = stateOf(self);
    bool flag = false;
    if (setFlag(flag, value) < 0)
        return -1;
    Py_XSETREF(state.debug, Py_NewRef(value));
    state.debugFlag = flag;
    return 0;
}

PyObject* getTaskFactory(PyObject* self, void*)
{
    PyObject* factory = stateOf(self).taskFactory;
    return Py_NewRef(factory ? factory : Py_None);
}

int setTaskFactory(PyObject* self, PyObject* value, void*)
{
    LoopState& state = stateOf(self);
    Py_CLEAR(state.taskFactory);
    if (value && value != Py_None)
        state.taskFactory = Py_NewRef(value);
    return 0;
}

PyObject* getCurrentHandle(PyObject* self, void*)
{
    PyObject* handle = stateOf(self).currentHandle;
    return Py_NewRef(handle ? handle : Py_None);
}

int setCurrentHandle(PyObject* self, PyObject* value, void*)
{
    LoopState& state = stateOf(self);
    Py_CLEAR(state.currentHandle);
    if (value && value != Py_None)
        state.currentHandle = Py_NewRef(value);
    return 0;
}

PyObject* getTimerCancelledCount(PyObject* self, void*)
{
    return PyLong_FromSsize_t(stateOf(self).timerCancelledCount);
}

PyObject* getReady(PyObject* self, void*)
{
    LoopState& state = stateOf(self);
    PyObject* list = PyList_New(0);
    for (HandleObject* handle : state.ready) {
        if (list && PyList_Append(list, (PyObject*)handle) < 0)
            Py_CLEAR(list);
    }
    return list;
}

PyObject* getScheduled(PyObject* self, void*)
{
    LoopState& state = stateOf(self);
    PyObject* list = PyList_New(0);
    for (const auto& entry : state.timers.entries()) {
        if (list && PyList_Append(list, (PyObject*)entry.item) < 0)
            Py_CLEAR(list);
    }
    return list;
}

PyObject* getClockResolution(PyObject*, void*)
{
    return PyFloat_FromDouble(VirtualClock::kResolution);
}

// ---- the type ---------------------------------------------------------------------------

PyObject* loopNew(PyTypeObject* type, PyObject*, PyObject*)
{
    auto* self = (LoopObject*)type->tp_alloc(type, 0);
    if (!self)
        return nullptr;
    self->state = new LoopState;
    return (PyObject*)self;
}

int loopInit(PyObject*, PyObject*, PyObject*)
{
    return 0;
}

int loopTraverse(PyObject* self, visitproc visit, void* arg)
{
    Py_VISIT(Py_TYPE(self));
    LoopState* state = ((LoopObject*)self)->state;
    if (!state)
        return 0;
    for (HandleObject* handle : state->ready)
        Py_VISIT(handle);
    for (const auto& entry : state->timers.entries())
        Py_VISIT(entry.item);
    Py_VISIT(state->threadId);
    Py_VISIT(state->debug);
    Py_VISIT(state->taskFactory);
    Py_VISIT(state->currentHandle);
    return 0;
}

int loopClear(PyObject* self)
{
    LoopState* state = ((LoopObject*)self)->state;
    if (!state)
        return 0;
    std::deque<HandleObject*> ready;
    ready.swap(state->ready);
    std::vector<TimerHandleObject*> timers;
    state->timers.takeAll(timers);
    for (HandleObject* handle : ready)
        Py_DECREF(handle);
    releaseAll(timers);
    Py_CLEAR(state->threadId);
    Py_CLEAR(state->debug);
    Py_CLEAR(state->taskFactory);
    Py_CLEAR(state->currentHandle);
    return 0;
}

void loopDealloc(PyObject* self)
{
    PyTypeObject* type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    loopClear(self);
    delete ((LoopObject*)self)->state;
    ((LoopObject*)self)->state = nullptr;
    type->tp_free(self);
    Py_DECREF(type);
}

// time, stop, is_running and is_closed are BaseEventLoop's own (they read the clock and
// the attributes below), so that they read and print as CPython's methods.
PyMethodDef loopMethods[] = {
    {"call_soon", (PyCFunction)(void (*)())loopCallSoon, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"call_soon_threadsafe", (PyCFunction)(void (*)())loopCallSoonThreadsafe,
     METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"_call_soon", (PyCFunction)(void (*)())loopCallSoonInternal, METH_FASTCALL, nullptr},
    {"call_later", (PyCFunction)(void (*)())loopCallLater, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"call_at", (PyCFunction)(void (*)())loopCallAt, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"_timer_handle_cancelled", loopTimerHandleCancelled, METH_O, nullptr},
    {"create_future", loopCreateFuture, METH_NOARGS, nullptr},
    {"create_task", (PyCFunction)(void (*)())loopCreateTask, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"run_forever", loopRunForever, METH_NOARGS, nullptr},
    {"_run_once", loopRunOnce, METH_NOARGS, nullptr},
    {"close", loopClose, METH_NOARGS, nullptr},
    {"get_debug", loopGetDebug, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyGetSetDef loopGetSet[] = {
    {"_closed", getClosed, setClosed, nullptr, nullptr},
    {"_stopping", getStopping, setStopping, nullptr, nullptr},
    {"_thread_id", getThreadId, setThreadId, nullptr, nullptr},
    {"_debug", getDebug, setDebug, nullptr, nullptr},
    {"_task_factory", getTaskFactory, setTaskFactory, nullptr, nullptr},
    {"_current_handle", getCurrentHandle, setCurrentHandle, nullptr, nullptr},
    {"_timer_cancelled_count", getTimerCancelledCount, nullptr, nullptr, nullptr},
    {"_ready", getReady, nullptr, (char*)"A copy of the ready queue, first to run first.", nullptr},
    {"_scheduled", getScheduled, nullptr, (char*)"A copy of the timer heap's array.", nullptr},
    {"_clock_resolution", getClockResolution, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyType_Slot loopSlots[] = {
    {Py_tp_new, (void*)loopNew},
    {Py_tp_init, (void*)loopInit},
    {Py_tp_dealloc, (void*)loopDealloc},
    {Py_tp_traverse, (void*)loopTraverse},
    {Py_tp_clear, (void*)loopClear},
    {Py_tp_methods, loopMethods},
    {Py_tp_getset, loopGetSet},
    {Py_tp_doc, (void*)"Loopscope's event loop core: ready queue, timer heap, virtual clock."},
    {0, nullptr},
};

PyType_Spec loopSpec = {"_loopscope.NativeLoop", sizeof(LoopObject), 0,
                        Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
                        loopSlots};

PyObject* importAndKeep(const char* module, const char* name)
{
    PyRef value = importAttr(module, name);
    return value.release();
}

} // namespace

bool nativeLoopDebug(PyObject* loop, bool* debug)
{
    static PyObject* name = PyUnicode_InternFromString("get_debug");
    if (!hasNativeMethod(loop, name))
        return false;
    *debug = stateOf(loop).debugFlag;
    return true;
}

bool nativeTimerHandleCancelled(PyObject* loop, PyObject* timer)
{
    static PyObject* name = PyUnicode_InternFromString("_timer_handle_cancelled");
    if (!hasNativeMethod(loop, name))
        return false;
    if (((TimerHandleObject*)timer)->scheduled)
        stateOf(loop).timerCancelledCount++;
    return true;
}

int addNativeLoopType(PyObject* module)
{
    refs.futuresModule = PyImport_ImportModule("asyncio.futures");
    refs.tasksModule = PyImport_ImportModule("asyncio.tasks");
    refs.getRunningLoop = importAndKeep("asyncio.events", "_get_running_loop");
    refs.setRunningLoop = importAndKeep("asyncio.events", "_set_running_loop");
    refs.getAsyncgenHooks = importAndKeep("sys", "get_asyncgen_hooks");
    refs.setAsyncgenHooks = importAndKeep("sys", "set_asyncgen_hooks");
    refs.logger = importAndKeep("asyncio.log", "logger");
    refs.formatHandle = importAndKeep("asyncio.base_events", "_format_handle");
    refs.baseEventLoop = importAndKeep("asyncio.base_events", "BaseEventLoop");
    if (!refs.futuresModule || !refs.tasksModule || !refs.getRunningLoop ||
        !refs.setRunningLoop || !refs.getAsyncgenHooks || !refs.setAsyncgenHooks ||
        !refs.logger || !refs.formatHandle || !refs.baseEventLoop)
        return -1;
    NativeLoopType = (PyTypeObject*)PyType_FromModuleAndSpec(module, &loopSpec, nullptr);
    if (!NativeLoopType)
        return -1;
    return PyModule_AddObjectRef(module, "NativeLoop", (PyObject*)NativeLoopType);
}

} // namespace loopscope::loop
