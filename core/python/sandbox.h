// The audit-hook layer of the worker's sandbox (DESIGN.md, "The interpreter"): installed
// in each run before the program's first line, it refuses file writes, reads outside the
// Python installation, processes, threads, sockets and ctypes with a PermissionError that
// names what was refused. Audit hooks cannot be removed from Python.
#pragma once

#include <string>
#include <vector>

namespace loopscope::python {

class Sandbox {
public:
    // `readableFolders`: resolved folders a program may read (the installation);
    // `program`: the program's own file, which it may read too (served from memory).
    static int install(const std::vector<std::string>& readableFolders,
                       const std::string& program);
};

} // namespace loopscope::python
