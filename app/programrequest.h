// What the commands that run a program share: the run asked for (the program read from
// the file the user named, its path made absolute as CPython names a script, the seed
// and the limits), the writing of what they print, and the exit status of a run.
#pragma once

#include "commandline.h"

#include "python/runoutcome.h"
#include "python/runrequest.h"

#include <string>
#include <string_view>

namespace loopscope::app {

// False with CPython's message ("can't open file '/x.py': [Errno 2] No such file or
// directory") if the file cannot be read.
bool programRequest(const CommandLine& commandLine, python::RunRequest& request,
                    std::string& error);

// Writes all of `bytes` to `fd` (a command's stdout or stderr), retrying where
// interrupted; gives up silently if the descriptor is closed.
void writeFully(int fd, std::string_view bytes);

// The process exit status for how a run ended (CPython's, 3 for an engine stop, 4 for a
// dead worker), after writing the engine's message to stderr.
int exitStatusOf(const python::RunOutcome& outcome);

} // namespace loopscope::app
