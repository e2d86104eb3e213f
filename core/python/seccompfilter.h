// The kernel layer of the worker's sandbox (DESIGN.md, "The interpreter"), under the
// audit hook: a seccomp filter that makes the kernel refuse, with EPERM, what a program
// must never do even if it got past the hook: run or fork processes, open sockets, open
// a file for writing, change the file system. Python reports the refusal as a
// PermissionError; nothing is killed. Threads stay possible (the hook refuses them).
#pragma once

#include <string>

namespace loopscope::python {

class SeccompFilter {
public:
    // Installs the filter in the calling process, for good (it cannot be lifted, and
    // children inherit it). False, with why, if the kernel refuses it.
    static bool install(std::string* error = nullptr);
};

} // namespace loopscope::python
