// Reads CPython 3.11's interpreter frames (internal/pycore_frame.h) directly: the public
// ways (PyEval_GetFrame, cr_frame, f_locals) create frame objects and dictionaries.
#define Py_BUILD_CORE 1
#include "programframes.h"

#include <internal/pycore_frame.h>
#include <opcode.h>

#include <cstdint>
#include <cstring>
#include <string>

#if PY_VERSION_HEX < 0x030B0000 || PY_VERSION_HEX >= 0x030C0000
#error "programframes.cpp reads CPython 3.11's frame layout"
#endif

namespace loopscope::loop {

namespace {

std::string programPath;
PyObject* programFilename = nullptr; // the code objects' co_filename, once seen

// PyCode_Addr2Line decodes the line table from its start; tasks stop at the same few
// instructions again and again, so their lines are remembered (with a reference to the
// code, so that an address is never another code's).
struct LineCacheEntry {
    PyCodeObject* code = nullptr;
    int offset = -1;
    int line = 0;
};
LineCacheEntry lineCache[512];

int lineOf(_PyInterpreterFrame* frame)
{
    PyCodeObject* code = frame->f_code;
    const int offset = _PyInterpreterFrame_LASTI(frame) * int(sizeof(_Py_CODEUNIT));
    const std::size_t slot = ((reinterpret_cast<std::uintptr_t>(code) >> 4) ^ std::size_t(offset) * 0x9e3779b1u) % 512;
    LineCacheEntry& entry = lineCache[slot];
    if (entry.code == code && entry.offset == offset)
        return entry.line;
    Py_INCREF(code);
    Py_XSETREF(entry.code, code);
    entry.offset = offset;
    entry.line = PyCode_Addr2Line(code, offset);
    return entry.line;
}

_PyInterpreterFrame* runningFrame()
{
    PyThreadState* state = PyThreadState_GET();
    _PyInterpreterFrame* frame = state && state->cframe ? state->cframe->current_frame : nullptr;
    while (frame && _PyFrame_IsIncomplete(frame))
        frame = frame->previous;
    return frame;
}

// The frame a suspended coroutine or generator keeps, or null once it finished.
_PyInterpreterFrame* suspendedFrame(PyObject* object)
{
    if (!PyCoro_CheckExact(object) && !PyGen_CheckExact(object) && !PyAsyncGen_CheckExact(object))
        return nullptr;
    auto* generator = reinterpret_cast<PyGenObject*>(object);
    if (generator->gi_frame_state >= FRAME_CLEARED)
        return nullptr;
    return reinterpret_cast<_PyInterpreterFrame*>(generator->gi_iframe);
}

PyObject* localValue(_PyInterpreterFrame* frame, int index)
{
    if (index < 0 || index >= frame->f_code->co_nlocalsplus)
        return nullptr;
    PyObject* value = frame->localsplus[index];
    if (value && PyCell_Check(value))
        value = PyCell_GET(value);
    return value;
}

} // namespace

void ProgramFrames::setProgram(const char* path)
{
    programPath = path;
    Py_CLEAR(programFilename);
}

bool ProgramFrames::isProgram(PyCodeObject* code)
{
    PyObject* filename = code->co_filename;
    if (filename == programFilename)
        return true;
    if (programFilename || programPath.empty())
        return false;
    // The first sight of the program's file name: every code object compiled from the
    // program shares this string object, so later checks compare pointers.
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(filename, &size);
    if (!text) {
        PyErr_Clear();
        return false;
    }
    if (std::size_t(size) != programPath.size() || std::memcmp(text, programPath.data(), programPath.size()) != 0)
        return false;
    programFilename = Py_NewRef(filename);
    return true;
}

int ProgramFrames::currentLine(void* below)
{
    for (_PyInterpreterFrame* frame = runningFrame(); frame && frame != below; frame = frame->previous) {
        if (!_PyFrame_IsIncomplete(frame) && isProgram(frame->f_code))
            return lineOf(frame);
    }
    return 0;
}

PyCodeObject* ProgramFrames::currentCode()
{
    _PyInterpreterFrame* frame = runningFrame();
    return frame ? frame->f_code : nullptr;
}

void* ProgramFrames::runningFrameToken()
{
    return runningFrame();
}

void ProgramFrames::keepLineEventsOfProgramOnly(PyFrameObject* frame)
{
    if (frame->f_frame && !isProgram(frame->f_frame->f_code))
        frame->f_trace_lines = 0;
}

bool ProgramFrames::frameRuns(PyCodeObject* code, int depth, PyObject** firstLocal)
{
    _PyInterpreterFrame* frame = runningFrame();
    for (int i = 0; frame && i < depth; ++i) {
        frame = frame->previous;
        while (frame && _PyFrame_IsIncomplete(frame))
            frame = frame->previous;
    }
    if (!frame || frame->f_code != code)
        return false;
    if (firstLocal)
        *firstLocal = localValue(frame, 0);
    return true;
}

PyCodeObject* ProgramFrames::codeOf(PyObject* coroutine)
{
    if (!PyCoro_CheckExact(coroutine) && !PyGen_CheckExact(coroutine) && !PyAsyncGen_CheckExact(coroutine))
        return nullptr;
    return reinterpret_cast<PyGenObject*>(coroutine)->gi_code;
}

int ProgramFrames::suspendedLine(PyObject* coroutine)
{
    auto* generator = reinterpret_cast<PyGenObject*>(coroutine);
    _PyInterpreterFrame* frame = suspendedFrame(coroutine);
    if (!frame || generator->gi_frame_state == FRAME_CREATED)
        return 0;
    return lineOf(frame);
}

PyObject* ProgramFrames::suspendedLocal(PyObject* coroutine, int index)
{
    _PyInterpreterFrame* frame = suspendedFrame(coroutine);
    return frame ? localValue(frame, index) : nullptr;
}

PyObject* ProgramFrames::awaited(PyObject* coroutine)
{
    // genobject.c's _PyGen_yf (not exported): a suspended frame whose next instruction is
    // RESUME (or its quickened form, once the code has warmed up) with an oparg of 2 or
    // more is in a `yield from` / `await`, and what it awaits is on top of its stack.
    auto* generator = reinterpret_cast<PyGenObject*>(coroutine);
    _PyInterpreterFrame* frame = suspendedFrame(coroutine);
    if (!frame || generator->gi_frame_state != FRAME_SUSPENDED)
        return nullptr;
    const _Py_CODEUNIT next = frame->prev_instr[1];
    const int opcode = _Py_OPCODE(next);
    if ((opcode != RESUME && opcode != RESUME_QUICK) || _Py_OPARG(next) < 2)
        return nullptr;
    if (frame->stacktop <= frame->f_code->co_nlocalsplus)
        return nullptr;
    return frame->localsplus[frame->stacktop - 1];
}

int ProgramFrames::localIndex(PyCodeObject* code, const char* name)
{
    PyObject* names = code->co_localsplusnames;
    for (Py_ssize_t i = 0; names && i < PyTuple_GET_SIZE(names); ++i) {
        if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(names, i), name) == 0)
            return int(i);
    }
    return -1;
}

} // namespace loopscope::loop
