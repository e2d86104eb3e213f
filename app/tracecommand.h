// `loopscope trace FILE.py [--json | --chrome]`: runs the program with the event record
// on and prints the record (text, JSON or Chrome's format) instead of the program's
// output; the exit status is the run's, as for `run`.
#pragma once

#include "commandline.h"

namespace loopscope::app {

int traceCommand(const CommandLine& commandLine);

} // namespace loopscope::app
