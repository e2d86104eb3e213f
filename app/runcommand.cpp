#include "runcommand.h"

#include "programrequest.h"

#include "python/worker.h"

#include <sys/stat.h>
#include <unistd.h>

#include <iostream>

namespace loopscope::app {

namespace {

class TerminalSink : public python::OutputSink {
public:
    void standardOutput(std::string_view bytes) override { writeFully(1, bytes); }
    void standardError(std::string_view bytes) override { writeFully(2, bytes); }
};

bool sameFile(int a, int b)
{
    struct stat first, second;
    return ::fstat(a, &first) == 0 && ::fstat(b, &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}

} // namespace

int runCommand(const CommandLine& commandLine)
{
    python::RunRequest request;
    std::string error;
    if (!programRequest(commandLine, request, error)) {
        std::cerr << "loopscope: " << error << "\n";
        return 2;
    }
    // As CPython buffers stdout: by line for a terminal, in blocks otherwise; and where
    // stdout and stderr are one file, their writes reach it in the order CPython makes.
    request.terminal = ::isatty(1) == 1;
    request.mergeOutput = sameFile(1, 2);
    python::Worker worker;
    TerminalSink sink;
    return exitStatusOf(worker.run(request, sink));
}

} // namespace loopscope::app
