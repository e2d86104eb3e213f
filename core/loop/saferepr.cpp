#include "saferepr.h"

#include "pyref.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace loopscope::loop {

namespace {

constexpr std::size_t kMaxText = 120;
constexpr Py_ssize_t kMaxItems = 8;
constexpr int kMaxDepth = 3;

std::string utf8(PyObject* text)
{
    Py_ssize_t size = 0;
    const char* data = text && PyUnicode_Check(text) ? PyUnicode_AsUTF8AndSize(text, &size) : nullptr;
    if (!data) {
        PyErr_Clear();
        return {};
    }
    return std::string(data, std::size_t(size));
}

std::string shortened(std::string text)
{
    if (text.size() <= kMaxText)
        return text;
    std::size_t cut = kMaxText;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

std::string typeName(PyObject* value)
{
    return Py_TYPE(value)->tp_name;
}

std::string opaque(PyObject* value)
{
    std::string name = typeName(value);
    const auto dot = name.rfind('.');
    return "<" + (dot == std::string::npos ? name : name.substr(dot + 1)) + " object>";
}

// repr() of a value of an exact builtin type, which runs only CPython's own code.
std::string builtinRepr(PyObject* value)
{
    PyRef text(PyObject_Repr(value));
    if (!text) {
        PyErr_Clear();
        return opaque(value);
    }
    return utf8(text.get());
}

std::string reprAt(PyObject* value, int depth);
std::string exceptionReprAt(PyObject* exception, int depth);

std::string items(PyObject* sequence, const char* open, const char* close, int depth)
{
    std::string text = open;
    const Py_ssize_t size = PySequence_Fast_GET_SIZE(sequence);
    PyObject** elements = PySequence_Fast_ITEMS(sequence);
    for (Py_ssize_t i = 0; i < size && i < kMaxItems; ++i) {
        if (i > 0)
            text += ", ";
        text += reprAt(elements[i], depth + 1);
    }
    if (size > kMaxItems)
        text += ", ...";
    if (size == 1 && PyTuple_CheckExact(sequence))
        text += ",";
    return text + close;
}

// repr() of a float, as float_repr makes it (PyOS_double_to_string's 'r' mode): the
// shortest digits that read back the same, fixed-point for exponents from -4 to 15 and
// with ".0" on a whole number, scientific otherwise. Ten times faster than asking
// CPython, and a task's result is often a float.
std::string floatRepr(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
    char scientific[64];
    const auto written = std::to_chars(scientific, scientific + sizeof scientific, value,
                                       std::chars_format::scientific);
    const std::string_view text(scientific, std::size_t(written.ptr - scientific));
    const std::size_t e = text.find('e');
    const bool negative = text[0] == '-';
    std::string digits;
    for (char c : text.substr(negative ? 1 : 0, e - (negative ? 1 : 0)))
        if (c != '.')
            digits += c;
    const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
    std::string out = negative ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
        out += digits[0];
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char tail[16];
        std::snprintf(tail, sizeof tail, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return out + tail;
    }
    if (exponent < 0)
        return out + "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
    const std::size_t point = std::size_t(exponent) + 1;
    if (digits.size() <= point)
        return out + digits + std::string(point - digits.size(), '0') + ".0";
    return out + digits.substr(0, point) + "." + digits.substr(point);
}

std::string reprAt(PyObject* value, int depth)
{
    if (PyFloat_CheckExact(value))
        return floatRepr(PyFloat_AS_DOUBLE(value));
    if (value == Py_None || PyBool_Check(value) || PyComplex_CheckExact(value) ||
        value == Py_Ellipsis)
        return builtinRepr(value);
    if (PyLong_CheckExact(value)) {
        // A huge int would take long to print (or exceed the digit limit).
        if (_PyLong_NumBits(value) > 256)
            return "<int of " + std::to_string(_PyLong_NumBits(value)) + " bits>";
        return builtinRepr(value);
    }
    if (PyUnicode_CheckExact(value)) {
        if (PyUnicode_GET_LENGTH(value) > Py_ssize_t(kMaxText)) {
            PyRef head(PyUnicode_Substring(value, 0, Py_ssize_t(kMaxText)));
            return head ? builtinRepr(head.get()) + "..." : opaque(value);
        }
        return builtinRepr(value);
    }
    if (PyBytes_CheckExact(value)) {
        if (PyBytes_GET_SIZE(value) > Py_ssize_t(kMaxText)) {
            PyRef head(PyBytes_FromStringAndSize(PyBytes_AS_STRING(value), Py_ssize_t(kMaxText)));
            return head ? builtinRepr(head.get()) + "..." : opaque(value);
        }
        return builtinRepr(value);
    }
    if (depth >= kMaxDepth)
        return "...";
    if (PyTuple_CheckExact(value))
        return items(value, "(", ")", depth);
    if (PyList_CheckExact(value))
        return items(value, "[", "]", depth);
    if (PyDict_CheckExact(value)) {
        std::string text = "{";
        Py_ssize_t position = 0, shown = 0;
        PyObject *key, *item;
        while (PyDict_Next(value, &position, &key, &item)) {
            if (shown++ == kMaxItems) {
                text += ", ...";
                break;
            }
            if (shown > 1)
                text += ", ";
            text += reprAt(key, depth + 1) + ": " + reprAt(item, depth + 1);
        }
        return text + "}";
    }
    if (PyExceptionInstance_Check(value))
        return exceptionReprAt(value, depth);
    return opaque(value);
}

// As BaseException's repr: the type's name (after the module), then the arguments.
std::string exceptionReprAt(PyObject* exception, int depth)
{
    std::string name = typeName(exception);
    name = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
    PyObject* args = ((PyBaseExceptionObject*)exception)->args;
    std::string text = name + "(";
    if (args && PyTuple_Check(args)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args) && i < kMaxItems; ++i) {
            if (i > 0)
                text += ", ";
            text += reprAt(PyTuple_GET_ITEM(args, i), depth + 1);
        }
    }
    return text + ")";
}

} // namespace

std::string safeRepr(PyObject* value)
{
    return shortened(reprAt(value, 0));
}

std::string exceptionRepr(PyObject* exception)
{
    if (!PyExceptionInstance_Check(exception))
        return safeRepr(exception);
    return shortened(exceptionReprAt(exception, 0));
}

std::string callbackName(PyObject* callback)
{
    if (PyMethod_Check(callback))
        return callbackName(PyMethod_GET_FUNCTION(callback));
    if (PyFunction_Check(callback))
        return utf8(((PyFunctionObject*)callback)->func_qualname);
    if (PyCFunction_Check(callback)) {
        const char* name = ((PyCFunctionObject*)callback)->m_ml->ml_name;
        PyObject* self = PyCFunction_GET_SELF(callback);
        if (self && !PyModule_Check(self)) {
            std::string type = typeName(self);
            const auto dot = type.rfind('.');
            return (dot == std::string::npos ? type : type.substr(dot + 1)) + "." + name;
        }
        return name;
    }
    static PyObject* partialType = nullptr;
    if (!partialType) {
        PyRef type = importAttr("functools", "partial");
        partialType = type.release();
        PyErr_Clear();
    }
    if (partialType && Py_TYPE(callback) == (PyTypeObject*)partialType) {
        PyRef inner(PyObject_GetAttrString(callback, "func"));
        if (inner)
            return "partial(" + callbackName(inner.get()) + ")";
        PyErr_Clear();
    }
    return typeName(callback);
}

} // namespace loopscope::loop
