// How a run ended, as the client of a worker sees it: the program's own exit status when
// it finished, or which limit stopped it (with the engine's message), or how the worker
// died. The program's output is streamed separately as it is produced.
#pragma once

#include <string>

namespace loopscope::python {

enum class RunEnd {
    Finished, // the program ended by itself: exitStatus is what CPython would return
    Stopped,  // the engine stopped it: a limit or a deadlock (stopKind, message)
    Crashed,  // the worker died of a signal nobody sent on purpose, or failed to start
};

struct RunOutcome {
    RunEnd end = RunEnd::Crashed;
    int exitStatus = 0;
    std::string stopKind; // "deadlock", "events", "time", "cpu", "memory", "output", "source"
    std::string message;  // for Stopped and Crashed: a sentence for the user
    int signal = 0;       // for Crashed by a signal
    double cpuSeconds = 0;
    double wallSeconds = 0;
    long maxRssKiB = 0;
};

} // namespace loopscope::python
