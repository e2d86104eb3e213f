#include "programrequest.h"

#include "python/runoutcome.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace loopscope::app {

namespace {

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

bool programRequest(const CommandLine& commandLine, python::RunRequest& request,
                    std::string& error)
{
    std::ifstream file(commandLine.file, std::ios::binary);
    if (!file) {
        const int code = errno;
        error = "can't open file '" + absolutePath(commandLine.file) + "': [Errno " +
                std::to_string(code) + "] " + std::strerror(code);
        return false;
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    request.source = contents.str();
    request.path = absolutePath(commandLine.file);
    request.argv0 = commandLine.file;
    request.seed = commandLine.seed;
    request.limits = commandLine.limits;
    return true;
}

void writeFully(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        bytes.remove_prefix(std::size_t(n));
    }
}

int exitStatusOf(const python::RunOutcome& outcome)
{
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
