// One run asked of a worker: the program's source and name, the seed, the limits, and
// whether to record its events.
// A run is a pure function of these on a given build.
#pragma once

#include "limits.h"

#include <cstdint>
#include <string>

namespace loopscope::python {

struct RunRequest {
    std::string source;     // the program, as bytes (UTF-8 unless it declares otherwise)
    std::string path;       // its absolute file name: __file__, tracebacks, warnings
    std::string argv0;      // sys.argv[0] as the user typed it (defaults to path)
    std::int64_t seed = 0;  // random.seed(seed) before the first line
    Limits limits;
    bool record = false;    // stream the event record (OutputSink::record)
    bool recordLines = true; // with a Line event at each new line of the program
    bool terminal = false;  // the output goes to a terminal: stdout is line-buffered, as
                            // CPython makes it there (otherwise block-buffered, as in a pipe)
    bool mergeOutput = false; // stdout and stderr go to one file (a terminal, `2>&1`): one
                              // pipe carries both, in the order written (to standardOutput)
};

} // namespace loopscope::python
