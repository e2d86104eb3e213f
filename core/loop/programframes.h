// Where the program is, read from the interpreter's own frames without creating frame
// objects (so recording allocates nothing the garbage collector counts, and a run with a
// record collects at the same moments as one without). Pinned to CPython 3.11's frame
// layout; programframes.cpp checks the version at compile time.
#pragma once

#include <Python.h>

namespace loopscope::loop {

class ProgramFrames {
public:
    // The program's file name, as its code objects carry it (the run's path).
    static void setProgram(const char* path);
    static bool isProgram(PyCodeObject* code);

    // The line of the innermost frame of the program's own code on the current stack,
    // 0 if there is none; `below` (a runningFrameToken) stops the search there: the
    // frames under a callback the loop runs belong to whoever runs the loop.
    static int currentLine(void* below = nullptr);

    // The code of the innermost (running) Python frame, or null. Borrowed.
    static PyCodeObject* currentCode();
    // Identifies the running frame (to tell, later, whether a Python frame has started
    // since): an opaque pointer, null outside any frame.
    static void* runningFrameToken();

    // For line tracing: a frame that does not run the program's code reports no lines.
    static void keepLineEventsOfProgramOnly(PyFrameObject* frame);

    // The frame `depth` levels below the running one (0: the running one) if its code is
    // `code`, and then its first fast local or cell value (borrowed, may be null).
    static bool frameRuns(PyCodeObject* code, int depth, PyObject** firstLocal);

    // A suspended coroutine or generator: its code (borrowed) and the line it waits at
    // (0 if it has not started or has finished).
    static PyCodeObject* codeOf(PyObject* coroutine);
    static int suspendedLine(PyObject* coroutine);
    // Its local variable `index` (a cell's content for a cell), borrowed, may be null.
    static PyObject* suspendedLocal(PyObject* coroutine, int index);
    // What it awaits now (cr_await / gi_yieldfrom), borrowed, or null.
    static PyObject* awaited(PyObject* coroutine);

    // The index of local `name` in `code`'s fast locals, or -1.
    static int localIndex(PyCodeObject* code, const char* name);
};

} // namespace loopscope::loop
