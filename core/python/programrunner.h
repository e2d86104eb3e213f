// One run, inside the child forked from the zygote: limits applied, clock and budget
// reset, random seeded, __main__ prepared, the sandbox installed, then the program runs
// as `python3.11 FILE` would run it, and the process exits with its status. When the
// engine stops the run (a limit, a deadlock) the output is flushed, the reason written
// to the control descriptor, and the process exits with kStoppedStatus.
#pragma once

#include "runrequest.h"

namespace loopscope::python {

constexpr int kStoppedStatus = 3;

[[noreturn]] void runProgram(const RunRequest& request, int stdoutFd, int stderrFd,
                             int controlFd);

} // namespace loopscope::python
