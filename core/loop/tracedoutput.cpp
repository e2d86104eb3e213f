#include "tracedoutput.h"

#include "pyref.h"
#include "recorder.h"

#include <Python.h>

namespace loopscope::loop {

namespace {

PyObject* baseWrite = nullptr;
PyObject* standardError = nullptr; // the stderr object retyped (borrowed: sys keeps it)

traverseproc baseTraverse = nullptr;

int outputTraverse(PyObject* self, visitproc visit, void* arg)
{
    Py_VISIT(Py_TYPE(self));
    return baseTraverse(self, visit, arg);
}

PyObject* outputWrite(PyObject* self, PyObject* text)
{
    PyObject* args[] = {self, text};
    PyObject* result = PyObject_Vectorcall(baseWrite, args, 2, nullptr);
    Recorder& recorder = Recorder::instance();
    if (result && recorder.active() && PyUnicode_Check(text) && PyUnicode_GET_LENGTH(text) > 0)
        recorder.wrote(self == standardError ? trace::Stream::Stderr : trace::Stream::Stdout, text);
    return result;
}

PyMethodDef outputMethods[] = {
    {"write", outputWrite, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyType_Slot outputSlots[] = {
    {Py_tp_traverse, (void*)outputTraverse},
    {Py_tp_methods, outputMethods},
    {Py_tp_doc, nullptr},
    {0, nullptr},
};

PyType_Spec outputSpec = {"_io.TextIOWrapper", 0, 0,
                          Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC |
                              Py_TPFLAGS_IMMUTABLETYPE,
                          outputSlots};

} // namespace

int installTracedOutput()
{
    PyObject* out = PySys_GetObject("stdout"); // borrowed
    PyObject* err = PySys_GetObject("stderr");
    PyRef wrapper = importAttr("io", "TextIOWrapper");
    if (!wrapper)
        return -1;
    auto* baseType = (PyTypeObject*)wrapper.get();
    if (!out || !err || !Py_IS_TYPE(out, baseType) || !Py_IS_TYPE(err, baseType))
        return 0; // no standard streams of CPython's kind: nothing to record from
    baseWrite = PyObject_GetAttrString(wrapper.get(), "write");
    if (!baseWrite)
        return -1;
    if (Py_IS_TYPE(baseWrite, &PyMethodDescr_Type))
        outputMethods[0].ml_doc = ((PyMethodDescrObject*)baseWrite)->d_method->ml_doc;
    outputSlots[2].pfunc = (void*)baseType->tp_doc;
    baseTraverse = baseType->tp_traverse;
    PyRef bases(PyTuple_Pack(1, wrapper.get()));
    auto* type = bases ? (PyTypeObject*)PyType_FromSpecWithBases(&outputSpec, bases.get()) : nullptr;
    if (!type)
        return -1;
    // Same layout (the subclass adds no field): the objects keep their state.
    for (PyObject* stream : {out, err}) {
        Py_INCREF(type);
        Py_SET_TYPE(stream, type);
    }
    Py_DECREF(type); // each stream holds one
    standardError = err;
    return 0;
}

} // namespace loopscope::loop
