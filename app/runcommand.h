// `loopscope run FILE.py`: the program's output on this process's stdout and stderr as
// it comes, and CPython's exit status (or 3 when the engine stopped the run, 4 when the
// worker died, 2 when the file cannot be read).
#pragma once

#include "commandline.h"

namespace loopscope::app {

int runCommand(const CommandLine& commandLine);

} // namespace loopscope::app
