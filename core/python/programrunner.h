// One run, inside the child forked from the zygote: limits applied, clock and budget
// reset, random seeded, __main__ prepared, the sandbox installed, the event record
// started, then the program runs as `python3.11 FILE` would run it, and the process exits
// with its status. When the
// engine stops the run (a limit, a deadlock) the output is flushed, the reason written
// to the control descriptor, and the process exits with kStoppedStatus.
#pragma once

#include "runrequest.h"

namespace loopscope::python {

constexpr int kStoppedStatus = 3;

// `traceFd`: where the event record goes, or -1 for a run that records none.
[[noreturn]] void runProgram(const RunRequest& request, int stdoutFd, int stderrFd,
                             int controlFd, int traceFd);

} // namespace loopscope::python
