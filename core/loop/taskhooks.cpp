#include "taskhooks.h"

#include "pyref.h"
#include "recorder.h"

#include <Python.h>

#include <vector>

namespace loopscope::loop {

namespace {

PyTypeObject* taskType = nullptr;
// CPython's own methods, called by the hooks.
PyObject* baseCancel = nullptr;
PyObject* baseUncancel = nullptr;
PyObject* baseSetName = nullptr;
PyObject* baseCancelling = nullptr;
PyObject* baseDone = nullptr;

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

// The hooks are descriptors of the Task class, so `self` may be any object: CPython's
// method, called next, refuses what is no task.
bool isTask(PyObject* self)
{
    return PyObject_TypeCheck(self, taskType);
}

PyObject* taskCancel(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames)
{
    Recorder& recorder = Recorder::instance();
    PyObject* message = nullptr;
    const bool recording = recorder.active() && isTask(self) &&
                           cancelMessage(args, nargs, kwnames, &message) && isPending(self);
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
    if (recorder.active() && isTask(self)) {
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

// CPython's method's C description, for the docstring and signature the hook shows.
const char* docOf(PyObject* descriptor)
{
    if (descriptor && Py_IS_TYPE(descriptor, &PyMethodDescr_Type))
        return ((PyMethodDescrObject*)descriptor)->d_method->ml_doc;
    return nullptr;
}

PyMethodDef hooks[] = {
    {"cancel", (PyCFunction)(void (*)())taskCancel, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"uncancel", (PyCFunction)(void (*)())taskUncancel, METH_FASTCALL | METH_KEYWORDS, nullptr},
    {"set_name", (PyCFunction)(void (*)())taskSetName, METH_FASTCALL | METH_KEYWORDS, nullptr},
};

} // namespace

int installTaskHooks()
{
    PyRef type = importAttr("_asyncio", "Task");
    if (!type)
        return -1;
    taskType = (PyTypeObject*)type.release();
    PyObject* dict = taskType->tp_dict; // borrowed
    baseCancel = Py_XNewRef(PyDict_GetItemString(dict, "cancel"));
    baseUncancel = Py_XNewRef(PyDict_GetItemString(dict, "uncancel"));
    baseSetName = Py_XNewRef(PyDict_GetItemString(dict, "set_name"));
    baseCancelling = Py_XNewRef(PyDict_GetItemString(dict, "cancelling"));
    baseDone = PyObject_GetAttrString((PyObject*)taskType, "done");
    if (!baseCancel || !baseUncancel || !baseSetName || !baseCancelling || !baseDone) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "asyncio's Task lacks a method the record hooks");
        return -1;
    }
    hooks[0].ml_doc = docOf(baseCancel);
    hooks[1].ml_doc = docOf(baseUncancel);
    hooks[2].ml_doc = docOf(baseSetName);
    for (PyMethodDef& hook : hooks) {
        PyRef descriptor(PyDescr_NewMethod(taskType, &hook));
        if (!descriptor || PyDict_SetItemString(dict, hook.ml_name, descriptor.get()) < 0)
            return -1;
    }
    PyType_Modified(taskType);
    return 0;
}

} // namespace loopscope::loop
