// The program's source, served from memory to whatever opens the program's path for
// reading inside a run: CPython's traceback printer and syntax-error reporter, linecache,
// `open(__file__)`. The sandbox forbids every other file outside the installation, and
// the source the app runs may be an edited buffer that differs from the file on disk, so
// the path must read as the source that runs, not as the disk.
// Works by interposing the C library's open64, __open64_2 and fopen64 in the worker
// executable (which exports them, see app/CMakeLists.txt).
#pragma once

#include <string>

namespace loopscope::python {

class ProgramFile {
public:
    // From now on, opening `path` read-only yields a fresh descriptor on `memfd`.
    static void serve(const std::string& path, int memfd);
    static const std::string& path();
};

} // namespace loopscope::python
