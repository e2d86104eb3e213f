#include "runcommand.h"

#include "python/worker.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace loopscope::app {

namespace {

class TerminalSink : public python::OutputSink {
public:
    void standardOutput(std::string_view bytes) override { writeAll(1, bytes); }
    void standardError(std::string_view bytes) override { writeAll(2, bytes); }

private:
    static void writeAll(int fd, std::string_view bytes)
    {
        while (!bytes.empty()) {
            ssize_t n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            bytes.remove_prefix(std::size_t(n));
        }
    }
};

// As CPython names the script it runs: absolute, but not resolved (no symlinks followed).
std::string absolutePath(const std::string& path)
{
    if (!path.empty() && path[0] == '/')
        return path;
    char cwd[4096];
    if (!::getcwd(cwd, sizeof cwd))
        return path;
    return std::string(cwd) + "/" + path;
}

} // namespace

int runCommand(const CommandLine& commandLine)
{
    std::ifstream file(commandLine.file, std::ios::binary);
    if (!file) {
        const int error = errno;
        std::cerr << "loopscope: can't open file '" << absolutePath(commandLine.file)
                  << "': [Errno " << error << "] " << std::strerror(error) << "\n";
        return 2;
    }
    std::ostringstream contents;
    contents << file.rdbuf();

    python::RunRequest request;
    request.source = contents.str();
    request.path = absolutePath(commandLine.file);
    request.argv0 = commandLine.file;
    request.seed = commandLine.seed;
    request.limits = commandLine.limits;

    python::Worker worker;
    TerminalSink sink;
    const python::RunOutcome outcome = worker.run(request, sink);
    switch (outcome.end) {
    case python::RunEnd::Finished:
        return outcome.exitStatus;
    case python::RunEnd::Stopped:
        std::cerr << "loopscope: " << outcome.message << "\n";
        return 3;
    case python::RunEnd::Crashed:
        std::cerr << "loopscope: " << outcome.message << "\n";
        return 4;
    }
    return 4;
}

} // namespace loopscope::app
