#include "virtualtime.h"

#include "pyref.h"
#include "runlimits.h"
#include "virtualclock.h"

#include <Python.h>

#include <cmath>

namespace loopscope::loop {

namespace {

// The real functions the defaults are given to.
PyObject* realGmtime = nullptr;
PyObject* realLocaltime = nullptr;
PyObject* realCtime = nullptr;
PyObject* realAsctime = nullptr;
PyObject* realStrftime = nullptr;

double now()
{
    return VirtualClock::instance().now();
}

PyObject* clockSeconds(PyObject*, PyObject*)
{
    return PyFloat_FromDouble(now());
}

PyObject* clockNanoseconds(PyObject*, PyObject*)
{
    return PyLong_FromDouble(std::trunc(now() * 1e9));
}

// time.sleep(secs): CPython's validation and messages, then the clock moves.
PyObject* sleep(PyObject*, PyObject* seconds)
{
    _PyTime_t ns;
    if (_PyTime_FromSecondsObject(&ns, seconds, _PyTime_ROUND_TIMEOUT) < 0)
        return nullptr;
    if (ns < 0) {
        PyErr_SetString(PyExc_ValueError, "sleep length must be non-negative");
        return nullptr;
    }
    double value = PyFloat_Check(seconds) ? PyFloat_AS_DOUBLE(seconds) : PyLong_AsDouble(seconds);
    if (value == -1.0 && PyErr_Occurred())
        return nullptr;
    VirtualClock& clock = VirtualClock::instance();
    const double target = clock.now() + value;
    RunGuard& guard = RunGuard::instance();
    if (!guard.withinHorizon(target)) {
        guard.stop(StopKind::TimeLimit, nullptr);
        return nullptr;
    }
    clock.moveTo(target);
    Py_RETURN_NONE;
}

// f(secs=None): a missing or None argument means the virtual now.
PyObject* withDefaultSeconds(PyObject* real, PyObject* args)
{
    if (PyTuple_GET_SIZE(args) > 1 ||
        (PyTuple_GET_SIZE(args) == 1 && PyTuple_GET_ITEM(args, 0) != Py_None))
        return PyObject_Call(real, args, nullptr);
    PyRef seconds(PyFloat_FromDouble(now()));
    if (!seconds)
        return nullptr;
    return PyObject_CallOneArg(real, seconds.get());
}

PyObject* gmtime(PyObject*, PyObject* args) { return withDefaultSeconds(realGmtime, args); }
PyObject* localtime(PyObject*, PyObject* args) { return withDefaultSeconds(realLocaltime, args); }
PyObject* ctime(PyObject*, PyObject* args) { return withDefaultSeconds(realCtime, args); }

// f(..., t=localtime()): a missing struct_time argument means the virtual now.
PyObject* withDefaultStruct(PyObject* real, PyObject* args, Py_ssize_t position)
{
    if (PyTuple_GET_SIZE(args) != position)
        return PyObject_Call(real, args, nullptr);
    PyRef seconds(PyFloat_FromDouble(now()));
    PyRef local(seconds ? PyObject_CallOneArg(realLocaltime, seconds.get()) : nullptr);
    if (!local)
        return nullptr;
    PyRef full(PyTuple_New(position + 1));
    if (!full)
        return nullptr;
    for (Py_ssize_t i = 0; i < position; ++i)
        PyTuple_SET_ITEM(full.get(), i, Py_NewRef(PyTuple_GET_ITEM(args, i)));
    PyTuple_SET_ITEM(full.get(), position, local.release());
    return PyObject_Call(real, full.get(), nullptr);
}

PyObject* asctime(PyObject*, PyObject* args) { return withDefaultStruct(realAsctime, args, 0); }
PyObject* strftime(PyObject*, PyObject* args) { return withDefaultStruct(realStrftime, args, 1); }

PyMethodDef virtualTimeFunctions[] = {
    {"time", clockSeconds, METH_NOARGS, "Virtual seconds since the run began."},
    {"monotonic", clockSeconds, METH_NOARGS, "Virtual seconds since the run began."},
    {"perf_counter", clockSeconds, METH_NOARGS, "Virtual seconds since the run began."},
    {"time_ns", clockNanoseconds, METH_NOARGS, "Virtual nanoseconds since the run began."},
    {"monotonic_ns", clockNanoseconds, METH_NOARGS, "Virtual nanoseconds since the run began."},
    {"perf_counter_ns", clockNanoseconds, METH_NOARGS, "Virtual nanoseconds since the run began."},
    {"sleep", sleep, METH_O, "Advances the virtual clock; nothing else runs meanwhile."},
    {"gmtime", gmtime, METH_VARARGS, nullptr},
    {"localtime", localtime, METH_VARARGS, nullptr},
    {"ctime", ctime, METH_VARARGS, nullptr},
    {"asctime", asctime, METH_VARARGS, nullptr},
    {"strftime", strftime, METH_VARARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyObject* keepReal(PyObject* time, const char* name)
{
    return PyObject_GetAttrString(time, name);
}

} // namespace

int installVirtualTime()
{
    PyRef time(PyImport_ImportModule("time"));
    if (!time)
        return -1;
    if (!realGmtime) {
        realGmtime = keepReal(time.get(), "gmtime");
        realLocaltime = keepReal(time.get(), "localtime");
        realCtime = keepReal(time.get(), "ctime");
        realAsctime = keepReal(time.get(), "asctime");
        realStrftime = keepReal(time.get(), "strftime");
        if (!realGmtime || !realLocaltime || !realCtime || !realAsctime || !realStrftime)
            return -1;
    }
    PyRef moduleName(PyUnicode_FromString("time"));
    if (!moduleName)
        return -1;
    for (PyMethodDef* def = virtualTimeFunctions; def->ml_name; ++def) {
        PyRef function(PyCFunction_NewEx(def, nullptr, moduleName.get()));
        if (!function || PyObject_SetAttrString(time.get(), def->ml_name, function.get()) < 0)
            return -1;
    }
    return 0;
}

} // namespace loopscope::loop
