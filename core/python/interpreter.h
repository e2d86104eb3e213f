// The embedded CPython 3.11, set up once in the zygote (the warm worker every run is
// forked from): deterministic settings (hash seed 0, UTF-8, TZ=UTC, no bytecode writes,
// no environment), the native loop installed under asyncio, the virtual time module, the
// worker's Python side loaded and the usual modules imported, so a run starts warm.
#pragma once

#include <string>
#include <vector>

typedef struct _object PyObject;

namespace loopscope::python {

class Interpreter {
public:
    // Returns false with a message if the interpreter cannot be set up.
    static bool initialize(std::string* error);

    // The worker's Python side (worker_support.py), a borrowed reference.
    static PyObject* support();

    // The folders of the Python installation (the standard library, lib-dynload,
    // dist-packages), resolved: what a program may read.
    static const std::vector<std::string>& installationFolders();

    // The "major.minor.micro" of the embedded Python.
    static std::string version();
};

} // namespace loopscope::python
