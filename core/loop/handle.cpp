#include "handle.h"

#include "nativeloop.h"
#include "pyref.h"
#include "recorder.h"

#include <structmember.h>

#include <utility>

namespace loopscope::loop {

PyTypeObject* HandleType = nullptr;
PyTypeObject* TimerHandleType = nullptr;

namespace {

// ---- Construction and garbage collection ----------------------------------------------

PyObject* captureSourceTraceback()
{
    // Handle.__init__ in debug mode: format_helpers.extract_stack(<caller's frame>).
    PyRef extract = importAttr("asyncio.format_helpers", "extract_stack");
    if (!extract)
        return nullptr;
    PyFrameObject* frame = PyEval_GetFrame();
    return PyObject_CallOneArg(extract.get(), frame ? (PyObject*)frame : Py_None);
}

int initHandle(HandleObject* self, PyObject* callback, PyObject* args, PyObject* loop,
               PyObject* context, bool debug)
{
    if (context == nullptr || context == Py_None) {
        context = PyContext_CopyCurrent();
        if (!context)
            return -1;
    } else {
        Py_INCREF(context);
    }
    self->context = context;
    self->loop = Py_NewRef(loop);
    self->callback = Py_NewRef(callback);
    self->args = Py_NewRef(args);
    self->cancelled = 0;
    self->repr = nullptr;
    self->sourceTraceback = nullptr;
    self->weakrefs = nullptr;
    self->queuedAt = self->cause = 0xffffffffu;
    self->owner = 0;
    if (debug) {
        self->sourceTraceback = captureSourceTraceback();
        if (!self->sourceTraceback)
            return -1;
    }
    return 0;
}

int handleTraverse(HandleObject* self, visitproc visit, void* arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->callback);
    Py_VISIT(self->args);
    Py_VISIT(self->context);
    Py_VISIT(self->loop);
    Py_VISIT(self->repr);
    Py_VISIT(self->sourceTraceback);
    if (isTimerHandle((PyObject*)self))
        Py_VISIT(((TimerHandleObject*)self)->whenObject);
    return 0;
}

int handleClear(HandleObject* self)
{
    Py_CLEAR(self->callback);
    Py_CLEAR(self->args);
    Py_CLEAR(self->context);
    Py_CLEAR(self->loop);
    Py_CLEAR(self->repr);
    Py_CLEAR(self->sourceTraceback);
    if (isTimerHandle((PyObject*)self))
        Py_CLEAR(((TimerHandleObject*)self)->whenObject);
    return 0;
}

void handleDealloc(HandleObject* self)
{
    PyTypeObject* type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (self->weakrefs)
        PyObject_ClearWeakRefs((PyObject*)self);
    handleClear(self);
    type->tp_free((PyObject*)self);
    Py_DECREF(type);
}

// Handle(callback, args, loop, context=None), as asyncio.events.Handle is called.
PyObject* handleNew(PyTypeObject* type, PyObject* args, PyObject* kwargs)
{
    static const char* keywords[] = {"callback", "args", "loop", "context", nullptr};
    PyObject *callback, *cbArgs, *loop, *context = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOO|O:Handle", (char**)keywords,
                                     &callback, &cbArgs, &loop, &context))
        return nullptr;
    PyRef tuple(PySequence_Tuple(cbArgs));
    if (!tuple)
        return nullptr;
    PyRef debug(PyObject_CallMethod(loop, "get_debug", nullptr));
    if (!debug)
        return nullptr;
    int isDebug = PyObject_IsTrue(debug.get());
    if (isDebug < 0)
        return nullptr;
    PyRef self(type->tp_alloc(type, 0));
    if (!self)
        return nullptr;
    if (initHandle((HandleObject*)self.get(), callback, tuple.get(), loop, context, isDebug) < 0)
        return nullptr;
    return self.release();
}

PyObject* timerHandleNew(PyTypeObject* type, PyObject* args, PyObject* kwargs)
{
    static const char* keywords[] = {"when", "callback", "args", "loop", "context", nullptr};
    PyObject *when, *callback, *cbArgs, *loop, *context = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOOO|O:TimerHandle", (char**)keywords,
                                     &when, &callback, &cbArgs, &loop, &context))
        return nullptr;
    double whenValue = PyFloat_AsDouble(when);
    if (whenValue == -1.0 && PyErr_Occurred())
        return nullptr;
    PyRef tuple(PySequence_Tuple(cbArgs));
    if (!tuple)
        return nullptr;
    PyRef debug(PyObject_CallMethod(loop, "get_debug", nullptr));
    if (!debug)
        return nullptr;
    int isDebug = PyObject_IsTrue(debug.get());
    if (isDebug < 0)
        return nullptr;
    PyRef self(type->tp_alloc(type, 0));
    if (!self)
        return nullptr;
    auto* timer = (TimerHandleObject*)self.get();
    timer->whenObject = Py_NewRef(when);
    timer->when = whenValue;
    timer->scheduled = 0;
    timer->due = 0;
    timer->purpose = 0;
    timer->scheduledEvent = 0xffffffffu;
    if (initHandle(&timer->base, callback, tuple.get(), loop, context, isDebug) < 0)
        return nullptr;
    return self.release();
}

// ---- repr, as asyncio.events.Handle._repr_info ------------------------------------------

PyObject* handleReprInfo(HandleObject* self, PyObject*)
{
    PyRef info(PyList_New(0));
    if (!info)
        return nullptr;
    PyRef name(PyObject_GetAttrString((PyObject*)Py_TYPE(self), "__name__"));
    if (!name || PyList_Append(info.get(), name.get()) < 0)
        return nullptr;
    if (self->cancelled) {
        PyRef word(PyUnicode_FromString("cancelled"));
        if (!word || PyList_Append(info.get(), word.get()) < 0)
            return nullptr;
    }
    if (self->callback && self->callback != Py_None) {
        PyRef format = importAttr("asyncio.format_helpers", "_format_callback_source");
        if (!format)
            return nullptr;
        PyRef source(PyObject_CallFunctionObjArgs(format.get(), self->callback,
                                                  self->args ? self->args : Py_None, nullptr));
        if (!source || PyList_Append(info.get(), source.get()) < 0)
            return nullptr;
    }
    if (self->sourceTraceback && PyObject_IsTrue(self->sourceTraceback) == 1) {
        PyRef frame(PySequence_GetItem(self->sourceTraceback, -1));
        if (!frame)
            return nullptr;
        PyRef file(PySequence_GetItem(frame.get(), 0));
        PyRef line(PySequence_GetItem(frame.get(), 1));
        if (!file || !line)
            return nullptr;
        PyRef created(PyUnicode_FromFormat("created at %S:%S", file.get(), line.get()));
        if (!created || PyList_Append(info.get(), created.get()) < 0)
            return nullptr;
    }
    if (isTimerHandle((PyObject*)self)) {
        auto* timer = (TimerHandleObject*)self;
        PyRef when(PyUnicode_FromFormat("when=%S", timer->whenObject));
        if (!when || PyList_Insert(info.get(), self->cancelled ? 2 : 1, when.get()) < 0)
            return nullptr;
    }
    return info.release();
}

PyObject* handleRepr(HandleObject* self)
{
    if (self->repr)
        return Py_NewRef(self->repr);
    PyRef info(PyObject_CallMethod((PyObject*)self, "_repr_info", nullptr));
    if (!info)
        return nullptr;
    PyRef space(PyUnicode_FromString(" "));
    if (!space)
        return nullptr;
    PyRef joined(PyUnicode_Join(space.get(), info.get()));
    if (!joined)
        return nullptr;
    return PyUnicode_FromFormat("<%U>", joined.get());
}

// ---- cancel ---------------------------------------------------------------------------

bool loopIsDebug(PyObject* loop, int* failed)
{
    bool native = false;
    if (nativeLoopDebug(loop, &native)) {
        *failed = 0;
        return native;
    }
    PyRef debug(PyObject_CallMethod(loop, "get_debug", nullptr));
    int truth = debug ? PyObject_IsTrue(debug.get()) : -1;
    *failed = truth < 0;
    return truth > 0;
}

PyObject* handleCancel(HandleObject* self, PyObject*)
{
    if (self->cancelled)
        Py_RETURN_NONE;
    self->cancelled = 1;
    int failed = 0;
    if (loopIsDebug(self->loop, &failed)) {
        // Keep the callback's description for "Executing <Handle...> took 2.5 seconds".
        PyObject* repr = handleRepr(self);
        if (!repr)
            return nullptr;
        Py_XSETREF(self->repr, repr);
    }
    if (failed)
        return nullptr;
    Py_CLEAR(self->callback);
    Py_CLEAR(self->args);
    Py_RETURN_NONE;
}

PyObject* timerHandleCancel(HandleObject* self, PyObject*)
{
    Recorder& recorder = Recorder::instance();
    auto* timer = (TimerHandleObject*)self;
    if (!self->cancelled && recorder.active() && (timer->scheduled || timer->due))
        recorder.timerCancelled(timer);
    if (!self->cancelled && !nativeTimerHandleCancelled(self->loop, (PyObject*)self)) {
        PyRef done(PyObject_CallMethod(self->loop, "_timer_handle_cancelled", "O", self));
        if (!done)
            return nullptr;
    }
    return handleCancel(self, nullptr);
}

PyObject* handleCancelled(HandleObject* self, PyObject*)
{
    return PyBool_FromLong(self->cancelled);
}

PyObject* handleGetContext(HandleObject* self, PyObject*)
{
    return Py_NewRef(self->context);
}

PyObject* handleRunMethod(HandleObject* self, PyObject*)
{
    if (runHandle(self) < 0)
        return nullptr;
    Py_RETURN_NONE;
}

PyObject* timerHandleWhen(TimerHandleObject* self, PyObject*)
{
    return Py_NewRef(self->whenObject);
}

// ---- TimerHandle ordering, as asyncio.events.TimerHandle ------------------------------

Py_hash_t timerHandleHash(TimerHandleObject* self)
{
    return PyObject_Hash(self->whenObject);
}

PyObject* timerHandleRichCompare(PyObject* a, PyObject* b, int op)
{
    if (!isTimerHandle(a) || !isTimerHandle(b))
        Py_RETURN_NOTIMPLEMENTED;
    auto* x = (TimerHandleObject*)a;
    auto* y = (TimerHandleObject*)b;
    auto equal = [&]() -> int {
        int same = PyObject_RichCompareBool(x->whenObject, y->whenObject, Py_EQ);
        if (same <= 0)
            return same;
        PyObject* cbx = x->base.callback ? x->base.callback : Py_None;
        PyObject* cby = y->base.callback ? y->base.callback : Py_None;
        same = PyObject_RichCompareBool(cbx, cby, Py_EQ);
        if (same <= 0)
            return same;
        PyObject* ax = x->base.args ? x->base.args : Py_None;
        PyObject* ay = y->base.args ? y->base.args : Py_None;
        same = PyObject_RichCompareBool(ax, ay, Py_EQ);
        if (same <= 0)
            return same;
        return x->base.cancelled == y->base.cancelled;
    };
    switch (op) {
    case Py_LT:
        return PyObject_RichCompare(x->whenObject, y->whenObject, Py_LT);
    case Py_GT:
        return PyObject_RichCompare(x->whenObject, y->whenObject, Py_GT);
    case Py_LE:
    case Py_GE: {
        int strict = PyObject_RichCompareBool(x->whenObject, y->whenObject,
                                              op == Py_LE ? Py_LT : Py_GT);
        if (strict < 0)
            return nullptr;
        if (strict)
            Py_RETURN_TRUE;
        int same = equal();
        if (same < 0)
            return nullptr;
        return PyBool_FromLong(same);
    }
    case Py_EQ:
    case Py_NE: {
        int same = equal();
        if (same < 0)
            return nullptr;
        return PyBool_FromLong(op == Py_EQ ? same : !same);
    }
    }
    Py_RETURN_NOTIMPLEMENTED;
}

// ---- attributes -------------------------------------------------------------------------

PyObject* getWhen(TimerHandleObject* self, void*)
{
    return Py_NewRef(self->whenObject);
}

PyMemberDef handleMembers[] = {
    {"_callback", T_OBJECT, offsetof(HandleObject, callback), 0, nullptr},
    {"_args", T_OBJECT, offsetof(HandleObject, args), 0, nullptr},
    {"_context", T_OBJECT, offsetof(HandleObject, context), READONLY, nullptr},
    {"_loop", T_OBJECT, offsetof(HandleObject, loop), READONLY, nullptr},
    {"_repr", T_OBJECT, offsetof(HandleObject, repr), 0, nullptr},
    {"_source_traceback", T_OBJECT, offsetof(HandleObject, sourceTraceback), 0, nullptr},
    {"_cancelled", T_BOOL, offsetof(HandleObject, cancelled), 0, nullptr},
    {"__weaklistoffset__", T_PYSSIZET, offsetof(HandleObject, weakrefs), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

PyMemberDef timerHandleMembers[] = {
    {"_scheduled", T_BOOL, offsetof(TimerHandleObject, scheduled), 0, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

PyGetSetDef timerHandleGetSet[] = {
    {"_when", (getter)getWhen, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMethodDef handleMethods[] = {
    {"cancel", (PyCFunction)handleCancel, METH_NOARGS, nullptr},
    {"cancelled", (PyCFunction)handleCancelled, METH_NOARGS, nullptr},
    {"get_context", (PyCFunction)handleGetContext, METH_NOARGS, nullptr},
    {"_run", (PyCFunction)handleRunMethod, METH_NOARGS, nullptr},
    {"_repr_info", (PyCFunction)handleReprInfo, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyMethodDef timerHandleMethods[] = {
    {"cancel", (PyCFunction)timerHandleCancel, METH_NOARGS, nullptr},
    {"when", (PyCFunction)timerHandleWhen, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyType_Slot handleSlots[] = {
    {Py_tp_new, (void*)handleNew},
    {Py_tp_dealloc, (void*)handleDealloc},
    {Py_tp_traverse, (void*)handleTraverse},
    {Py_tp_clear, (void*)handleClear},
    {Py_tp_repr, (void*)handleRepr},
    {Py_tp_methods, handleMethods},
    {Py_tp_members, handleMembers},
    {Py_tp_doc, (void*)"Object returned by callback registration methods."},
    {0, nullptr},
};

PyType_Slot timerHandleSlots[] = {
    {Py_tp_new, (void*)timerHandleNew},
    {Py_tp_dealloc, (void*)handleDealloc},
    {Py_tp_traverse, (void*)handleTraverse},
    {Py_tp_clear, (void*)handleClear},
    {Py_tp_hash, (void*)timerHandleHash},
    {Py_tp_richcompare, (void*)timerHandleRichCompare},
    {Py_tp_methods, timerHandleMethods},
    {Py_tp_members, timerHandleMembers},
    {Py_tp_getset, timerHandleGetSet},
    {Py_tp_doc, (void*)"Object returned by timed callback registration methods."},
    {0, nullptr},
};

PyType_Spec handleSpec = {
    "_loopscope.Handle", sizeof(HandleObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, handleSlots};

PyType_Spec timerHandleSpec = {
    "_loopscope.TimerHandle", sizeof(TimerHandleObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, timerHandleSlots};

// ---- an exception in a callback -------------------------------------------------------

// The context a handle is given while CPython's own Handle._run replays its failure:
// run() raises the exception the callback raised, with its traceback.
struct ExceptionReplayObject {
    PyObject_HEAD
    PyObject* exception; // raised by run(), if set
    PyObject* value;     // else returned by run(), once (the caller gets the reference)
};

PyTypeObject* ExceptionReplayType = nullptr;
// CPython's own Handle._run (asyncio.events.Handle is then made this module's Handle).
PyObject* handleRun = nullptr;

PyObject* replayRun(ExceptionReplayObject* self, PyObject*, PyObject*)
{
    if (!self->exception) {
        PyObject* value = std::exchange(self->value, nullptr);
        return value ? value : Py_NewRef(Py_None);
    }
    PyErr_SetObject((PyObject*)Py_TYPE(self->exception), self->exception);
    return nullptr;
}

// The replay ends up in a reference cycle: the escaping exception's traceback holds
// BaseEventLoop._run_once's frame, whose `handle` is this replay, which holds the
// exception. The collector must see that edge, or it takes the exception for referenced
// from outside and keeps alive all it reaches (the traceback's frames, their handles and
// tasks: a task whose exception was never retrieved would never be finalized and logged).
int replayTraverse(ExceptionReplayObject* self, visitproc visit, void* arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->exception);
    Py_VISIT(self->value);
    return 0;
}

int replayClear(ExceptionReplayObject* self)
{
    Py_CLEAR(self->exception);
    Py_CLEAR(self->value);
    return 0;
}

void replayDealloc(ExceptionReplayObject* self)
{
    PyTypeObject* type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Py_CLEAR(self->exception);
    Py_CLEAR(self->value);
    type->tp_free((PyObject*)self);
    Py_DECREF(type);
}

PyObject* replayCancelled(PyObject*, void*)
{
    Py_RETURN_FALSE;
}

// As a context: run(callback, *args) raises. As a ready handle of the stand-in loop that
// BaseEventLoop._run_once replays an escaping exception on: _run() raises, _cancelled is
// False. C methods, so that the traceback gains no frame of Loopscope's.
PyMethodDef replayMethods[] = {
    {"run", (PyCFunction)(void (*)())replayRun, METH_VARARGS | METH_KEYWORDS, nullptr},
    {"_run", (PyCFunction)(void (*)())replayRun, METH_VARARGS | METH_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyGetSetDef replayGetSet[] = {
    {"_cancelled", replayCancelled, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyType_Slot replaySlots[] = {
    {Py_tp_dealloc, (void*)replayDealloc},
    {Py_tp_traverse, (void*)replayTraverse},
    {Py_tp_clear, (void*)replayClear},
    {Py_tp_methods, replayMethods},
    {Py_tp_getset, replayGetSet},
    {0, nullptr},
};

PyType_Spec replaySpec = {"_loopscope.ExceptionReplay", sizeof(ExceptionReplayObject), 0,
                          Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, replaySlots};

// Runs CPython's own Handle._run once more on this handle, with `replay` (a new
// reference, taken) as its context: run() raises the callback's exception again, or
// returns what the callback returned.
int runThroughCPython(HandleObject* self, PyObject* replay)
{
    // A callback that cancelled its own handle left no arguments: Handle._run reads
    // None there, which formats as CPython formats it ("None()").
    const bool noArgs = self->args == nullptr;
    if (noArgs)
        self->args = PyTuple_New(0);
    PyObject* context = std::exchange(self->context, replay);
    PyRef done(PyObject_CallOneArg(handleRun, (PyObject*)self));
    Py_SETREF(self->context, context);
    if (noArgs)
        Py_CLEAR(self->args);
    return done ? 0 : -1;
}

// The `except BaseException` branch of Handle._run. Rather than imitate it, CPython's own
// Handle._run runs again and meets the exception: the message, the context given to the
// exception handler, and the traceback (which gains Handle._run's frame, events.py line
// 80) are CPython's.
int reportCallbackException(HandleObject* self)
{
    PyRef exception = fetchException();
    PyObject* replay = newExceptionReplay(exception.get());
    return replay ? runThroughCPython(self, replay) : -1;
}

// A callback that returns a coroutine (an async function passed to call_soon) leaves it
// never awaited: CPython drops it inside Handle._run, where the RuntimeWarning points.
int dropInsideHandleRun(HandleObject* self, PyObject* value)
{
    auto* replay = PyObject_GC_New(ExceptionReplayObject, ExceptionReplayType);
    if (!replay) {
        Py_DECREF(value);
        return -1;
    }
    replay->exception = nullptr;
    replay->value = value;
    PyObject_GC_Track(replay);
    return runThroughCPython(self, (PyObject*)replay);
}

} // namespace

// ---- public -----------------------------------------------------------------------------

PyObject* newExceptionReplay(PyObject* exception)
{
    auto* replay = PyObject_GC_New(ExceptionReplayObject, ExceptionReplayType);
    if (!replay)
        return nullptr;
    replay->exception = Py_NewRef(exception);
    replay->value = nullptr;
    PyObject_GC_Track(replay);
    return (PyObject*)replay;
}

int addHandleTypes(PyObject* module)
{
    PyRef pythonHandle = importAttr("asyncio.events", "Handle");
    handleRun = pythonHandle ? PyObject_GetAttrString(pythonHandle.get(), "_run") : nullptr;
    if (!handleRun)
        return -1;
    ExceptionReplayType = (PyTypeObject*)PyType_FromModuleAndSpec(module, &replaySpec, nullptr);
    if (!ExceptionReplayType)
        return -1;
    HandleType = (PyTypeObject*)PyType_FromModuleAndSpec(module, &handleSpec, nullptr);
    if (!HandleType)
        return -1;
    PyRef bases(PyTuple_Pack(1, HandleType));
    if (!bases)
        return -1;
    TimerHandleType =
        (PyTypeObject*)PyType_FromModuleAndSpec(module, &timerHandleSpec, bases.get());
    if (!TimerHandleType)
        return -1;
    // Read as asyncio's own classes in a repr or an error message.
    for (PyTypeObject* type : {HandleType, TimerHandleType}) {
        PyRef moduleName(PyUnicode_FromString("asyncio.events"));
        if (!moduleName || PyObject_SetAttrString((PyObject*)type, "__module__", moduleName.get()) < 0)
            return -1;
    }
    if (PyModule_AddObjectRef(module, "Handle", (PyObject*)HandleType) < 0 ||
        PyModule_AddObjectRef(module, "TimerHandle", (PyObject*)TimerHandleType) < 0)
        return -1;
    return 0;
}

HandleObject* newHandle(PyObject* callback, PyObject* args, PyObject* loop,
                        PyObject* context, bool debug)
{
    auto* self = PyObject_GC_New(HandleObject, HandleType);
    if (!self)
        return nullptr;
    if (initHandle(self, callback, args, loop, context, debug) < 0) {
        PyObject_GC_Track(self);
        Py_DECREF(self);
        return nullptr;
    }
    PyObject_GC_Track(self);
    return self;
}

TimerHandleObject* newTimerHandle(PyObject* whenObject, double when, PyObject* callback,
                                  PyObject* args, PyObject* loop, PyObject* context,
                                  bool debug)
{
    auto* self = PyObject_GC_New(TimerHandleObject, TimerHandleType);
    if (!self)
        return nullptr;
    self->whenObject = Py_NewRef(whenObject);
    self->when = when;
    self->scheduled = 0;
    self->due = 0;
    self->purpose = 0;
    self->scheduledEvent = 0xffffffffu;
    if (initHandle(&self->base, callback, args, loop, context, debug) < 0) {
        PyObject_GC_Track(self);
        Py_DECREF(self);
        return nullptr;
    }
    PyObject_GC_Track(self);
    return self;
}

int runHandle(HandleObject* self)
{
    // The callback may cancel its own handle (clearing these): hold them for the call.
    PyRef callback = PyRef::borrow(self->callback ? self->callback : Py_None);
    PyRef args = PyRef::borrow(self->args ? self->args : Py_None);
    PyRef context = PyRef::borrow(self->context);
    PyRef keepAlive = PyRef::borrow((PyObject*)self);

    if (PyContext_Enter(context.get()) == 0) {
        PyRef result(PyTuple_Check(args.get())
                         ? PyObject_Call(callback.get(), args.get(), nullptr)
                         : PyObject_CallNoArgs(callback.get()));
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback);
        if (PyContext_Exit(context.get()) < 0) {
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(traceback);
        } else {
            PyErr_Restore(type, value, traceback);
        }
        if (result) {
            if (PyCoro_CheckExact(result.get()) && Py_REFCNT(result.get()) == 1)
                return dropInsideHandleRun(self, result.release());
            return 0;
        }
    }
    // CPython's Handle._run re-raises SystemExit and KeyboardInterrupt and reports the
    // rest: replayed through it, either way the traceback gains its frame.
    return reportCallbackException(self);
}

} // namespace loopscope::loop
