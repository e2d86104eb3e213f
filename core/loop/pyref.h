// An owned reference to a Python object: released when it goes out of scope, so that
// error paths through the C API cannot leak. Borrowed references stay raw PyObject*.
#pragma once

#include <Python.h>

#include <utility>

namespace loopscope {

class PyRef {
public:
    PyRef() = default;
    // Takes ownership of a new reference (which may be null after a failed call).
    explicit PyRef(PyObject* owned) : object_(owned) {}
    static PyRef borrow(PyObject* borrowed)
    {
        Py_XINCREF(borrowed);
        return PyRef(borrowed);
    }

    PyRef(const PyRef&) = delete;
    PyRef& operator=(const PyRef&) = delete;
    PyRef(PyRef&& other) noexcept : object_(std::exchange(other.object_, nullptr)) {}
    PyRef& operator=(PyRef&& other) noexcept
    {
        PyObject* old = std::exchange(object_, std::exchange(other.object_, nullptr));
        Py_XDECREF(old);
        return *this;
    }
    ~PyRef() { Py_XDECREF(object_); }

    PyObject* get() const { return object_; }
    // Gives the reference away (to a function that steals it, or as a return value).
    PyObject* release() { return std::exchange(object_, nullptr); }
    explicit operator bool() const { return object_ != nullptr; }

private:
    PyObject* object_ = nullptr;
};

// Takes the pending exception: normalised, its traceback attached to it.
inline PyRef fetchException()
{
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyErr_NormalizeException(&type, &value, &traceback);
    if (traceback)
        PyException_SetTraceback(value, traceback);
    Py_XDECREF(type);
    Py_XDECREF(traceback);
    return PyRef(value);
}

// An attribute of an importable module, e.g. importAttr("asyncio.format_helpers",
// "_format_callback_source"). New reference, or null with an exception set.
inline PyRef importAttr(const char* module, const char* name)
{
    PyRef mod(PyImport_ImportModule(module));
    if (!mod)
        return PyRef();
    return PyRef(PyObject_GetAttrString(mod.get(), name));
}

// An attribute an object holds itself (null, with no exception set, if it does not):
// read as object.__getattribute__ reads it, but only where that runs no code: not when
// the class overrides __getattribute__, nor when the class has a descriptor (a property,
// a method) of that name. It creates nothing either (an instance's attributes are read
// in place, no __dict__ is made for them). For reading asyncio's own objects (a
// TaskGroup's tasks) that a program may have subclassed.
inline PyRef instanceAttribute(PyObject* object, const char* name)
{
    PyTypeObject* type = Py_TYPE(object);
    if (type->tp_getattro != PyObject_GenericGetAttr)
        return PyRef();
    PyRef key(PyUnicode_InternFromString(name));
    PyObject* onClass = key ? _PyType_Lookup(type, key.get()) : nullptr; // borrowed
    if (!key || (onClass && Py_TYPE(onClass)->tp_descr_get))
        return PyRef();
    PyRef value(PyObject_GenericGetAttr(object, key.get()));
    if (!value)
        PyErr_Clear();
    return value;
}

} // namespace loopscope
