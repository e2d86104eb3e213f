#include "streamhooks.h"

#include "pyref.h"
#include "recorder.h"

#include <Python.h>

namespace loopscope::loop {

namespace {

PyObject* baseWrite = nullptr;
PyObject* standardOutput = nullptr; // the streams CPython made (borrowed: sys keeps them)
PyObject* standardError = nullptr;

PyObject* streamWrite(PyObject* self, PyObject* text)
{
    PyObject* args[] = {self, text};
    PyObject* result = PyObject_Vectorcall(baseWrite, args, 2, nullptr);
    if (result && (self == standardOutput || self == standardError)) {
        Recorder& recorder = Recorder::instance();
        if (recorder.active() && PyUnicode_Check(text) && PyUnicode_GET_LENGTH(text) > 0)
            recorder.wrote(self == standardError ? trace::Stream::Stderr : trace::Stream::Stdout, text);
    }
    return result;
}

PyMethodDef hook = {"write", streamWrite, METH_O, nullptr};

} // namespace

int installStreamHooks()
{
    PyRef wrapper = importAttr("io", "TextIOWrapper");
    if (!wrapper)
        return -1;
    auto* type = (PyTypeObject*)wrapper.get();
    PyObject* out = PySys_GetObject("stdout"); // borrowed
    PyObject* err = PySys_GetObject("stderr");
    if (!out || !err || !Py_IS_TYPE(out, type) || !Py_IS_TYPE(err, type))
        return 0; // no standard streams of CPython's kind: nothing to record from
    baseWrite = Py_XNewRef(PyDict_GetItemString(type->tp_dict, "write"));
    if (!baseWrite || !Py_IS_TYPE(baseWrite, &PyMethodDescr_Type)) {
        PyErr_SetString(PyExc_RuntimeError, "TextIOWrapper.write is not the method the record hooks");
        return -1;
    }
    hook.ml_doc = ((PyMethodDescrObject*)baseWrite)->d_method->ml_doc;
    PyRef descriptor(PyDescr_NewMethod(type, &hook));
    if (!descriptor || PyDict_SetItemString(type->tp_dict, "write", descriptor.get()) < 0)
        return -1;
    PyType_Modified(type);
    standardOutput = out;
    standardError = err;
    return 0;
}

} // namespace loopscope::loop
