#include "tracedtask.h"

#include "pyref.h"
#include "recorder.h"

#include <vector>

namespace loopscope::loop {

PyTypeObject* TracedTaskType = nullptr;

namespace {

// CPython's own methods, called on our instances.
PyObject* baseCancel = nullptr;
PyObject* baseUncancel = nullptr;
PyObject* baseSetName = nullptr;
PyObject* baseCancelling = nullptr;
PyObject* baseDone = nullptr;
destructor baseDealloc = nullptr;
traverseproc baseTraverse = nullptr;
Py_ssize_t marksOffset = 0; // where the TaskMarks live: just past CPython's Task

PyObject* callBase(PyObject* method, PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                   PyObject* kwnames)
{
    const Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    std::vector<PyObject*> withSelf(std::size_t(total) + 1);
    withSelf[0] = self;
    for (Py_ssize_t i = 0; i < total; ++i)
        withSelf[std::size_t(i) + 1] = args[i];
    return PyObject_Vectorcall(method, withSelf.data(), std::size_t(nargs) + 1, kwnames);
}

bool isPending(PyObject* self)
{
    PyRef done(PyObject_CallOneArg(baseDone, self));
    if (!done) {
        PyErr_Clear();
        return false;
    }
    return done.get() == Py_False;
}

// cancel(msg=None): the message, if the arguments are ones cancel() accepts.
bool cancelMessage(PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames, PyObject** message)
{
    const Py_ssize_t keywords = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs + keywords > 1)
        return false;
    *message = Py_None;
    if (nargs == 1)
        *message = args[0];
    if (keywords == 1) {
        if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, 0), "msg") != 0)
            return false;
        *message = args[0];
    }
    return true;
}

PyObject* taskCancel(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames)
{
    Recorder& recorder = Recorder::instance();
    PyObject* message = nullptr;
    const bool recording = recorder.active() && cancelMessage(args, nargs, kwnames, &message) &&
                           isPending(self);
    if (recording)
        recorder.cancelRequested(self, message);
    PyObject* result = callBase(baseCancel, self, args, nargs, kwnames);
    if (recording)
        recorder.cancelReturned();
    return result;
}

PyObject* taskUncancel(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames)
{
    Recorder& recorder = Recorder::instance();
    long before = 0;
    if (recorder.active()) {
        PyRef count(PyObject_CallOneArg(baseCancelling, self));
        before = count ? PyLong_AsLong(count.get()) : 0;
        if (!count || before == -1)
            PyErr_Clear();
    }
    PyObject* result = callBase(baseUncancel, self, args, nargs, kwnames);
    if (result && recorder.active() && before > 0)
        recorder.uncancelled(self);
    return result;
}

PyObject* taskSetName(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames)
{
    PyObject* result = callBase(baseSetName, self, args, nargs, kwnames);
    Recorder& recorder = Recorder::instance();
    if (result && recorder.active())
        recorder.renamed(self);
    return result;
}

void taskDealloc(PyObject* self)
{
    PyTypeObject* type = Py_TYPE(self);
    // _asyncio's dealloc leaves the finalizer (the "destroyed but pending" and "exception
    // never retrieved" reports) to a subclass: run it, as subtype_dealloc would. It may
    // resurrect the task.
    if (PyObject_CallFinalizerFromDealloc(self) < 0)
        return;
    baseDealloc(self);
    Py_DECREF(type);
}

int taskTraverse(PyObject* self, visitproc visit, void* arg)
{
    Py_VISIT(Py_TYPE(self)); // a heap type's instances hold it
    return baseTraverse(self, visit, arg);
}

// The base method's C description, for its docstring and signature.
const char* docOf(PyObject* descriptor)
{
    if (descriptor && Py_IS_TYPE(descriptor, &PyMethodDescr_Type))
        return ((PyMethodDescrObject*)descriptor)->d_method->ml_doc;
    return nullptr;
}

PyMethodDef taskMethods[] = {
    {"cancel", (PyCFunction)(void (*)())taskCancel, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"uncancel", (PyCFunction)(void (*)())taskUncancel, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"set_name", (PyCFunction)(void (*)())taskSetName, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyType_Slot taskSlots[] = {
    {Py_tp_dealloc, (void*)taskDealloc},
    {Py_tp_traverse, (void*)taskTraverse},
    {Py_tp_methods, taskMethods},
    {Py_tp_doc, nullptr}, // CPython's, set when the type is made
    {0, nullptr},
};

// Immutable, as CPython's class is (assigning to its attributes raises TypeError).
PyType_Spec taskSpec = {"_asyncio.Task", 0, 0,
                        Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC |
                            Py_TPFLAGS_IMMUTABLETYPE,
                        taskSlots};

} // namespace

int addTracedTaskType(PyObject* module)
{
    PyRef base = importAttr("_asyncio", "Task");
    if (!base)
        return -1;
    auto* baseType = (PyTypeObject*)base.get();
    baseCancel = PyObject_GetAttrString(base.get(), "cancel");
    baseUncancel = PyObject_GetAttrString(base.get(), "uncancel");
    baseSetName = PyObject_GetAttrString(base.get(), "set_name");
    baseCancelling = PyObject_GetAttrString(base.get(), "cancelling");
    baseDone = PyObject_GetAttrString(base.get(), "done");
    if (!baseCancel || !baseUncancel || !baseSetName || !baseCancelling || !baseDone)
        return -1;
    baseDealloc = baseType->tp_dealloc;
    baseTraverse = baseType->tp_traverse;
    // The marks after CPython's fields (zeroed by the allocator).
    marksOffset = (baseType->tp_basicsize + Py_ssize_t(alignof(TaskMarks)) - 1) &
                  ~Py_ssize_t(alignof(TaskMarks) - 1);
    taskSpec.basicsize = int(marksOffset + Py_ssize_t(sizeof(TaskMarks)));
    taskMethods[0].ml_doc = docOf(baseCancel);
    taskMethods[1].ml_doc = docOf(baseUncancel);
    taskMethods[2].ml_doc = docOf(baseSetName);
    taskSlots[3].pfunc = (void*)baseType->tp_doc;
    PyRef bases(PyTuple_Pack(1, base.get()));
    if (!bases)
        return -1;
    TracedTaskType = (PyTypeObject*)PyType_FromModuleAndSpec(module, &taskSpec, bases.get());
    if (!TracedTaskType)
        return -1;
    return PyModule_AddObjectRef(module, "Task", (PyObject*)TracedTaskType);
}

bool isTracedTask(PyObject* task)
{
    return TracedTaskType && PyObject_TypeCheck(task, TracedTaskType);
}

TaskMarks& tracedTaskMarks(PyObject* task)
{
    return *reinterpret_cast<TaskMarks*>(reinterpret_cast<char*>(task) + marksOffset);
}

} // namespace loopscope::loop
