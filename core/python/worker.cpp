#include "worker.h"

#include "programrunner.h"
#include "wire.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/personality.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace loopscope::python {

namespace {

using Clock = std::chrono::steady_clock;

// Real time allowed beyond the CPU limit before a run that waits on something that never
// comes (a real lock, a real select) is ended.
constexpr double kWallSlackSeconds = 5.0;

void closeFd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

std::string signalName(int signal)
{
    const char* description = strsignal(signal);
    return std::to_string(signal) + (description ? std::string(" (") + description + ")" : "");
}

std::string formatSeconds(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// The control descriptor's "kind\nmessage", written by the child when the engine ends it.
bool parseStop(const std::string& control, RunOutcome& outcome)
{
    if (control.empty())
        return false;
    const auto newline = control.find('\n');
    const std::string kind = control.substr(0, newline);
    outcome.message = newline == std::string::npos ? "" : control.substr(newline + 1);
    if (kind == "crash") {
        outcome.end = RunEnd::Crashed;
    } else {
        outcome.end = RunEnd::Stopped;
        outcome.stopKind = kind;
    }
    return true;
}

// What the client saw of a run's end, to be told as a RunOutcome.
struct Ending {
    std::string observerStop; // "output", "wall", "cancelled": why the client killed it
    std::string control;      // what the child wrote on its control descriptor
    bool zygoteLost;
    int waitStatus;
    double cpuSeconds;
    double wallLimit;
};

void judge(const Ending& ending, const Limits& limits, RunOutcome& outcome)
{
    const int status = ending.waitStatus;
    auto stopped = [&](const char* kind, std::string message) {
        outcome.end = RunEnd::Stopped;
        outcome.stopKind = kind;
        outcome.message = std::move(message);
    };
    if (ending.observerStop == "output") {
        stopped("output", "stopped: the program wrote more than " +
                              describeBytes(limits.outputBytes) +
                              " of output, the limit set by --max-output; the first " +
                              describeBytes(limits.outputBytes) + " are kept.");
    } else if (ending.observerStop == "cancelled") {
        stopped("cancelled", "the run was stopped before it finished; the output so far is kept.");
    } else if (parseStop(ending.control, outcome)) {
        // the child said why it ended
    } else if (ending.observerStop == "wall") {
        stopped("cpu", "stopped after " + formatSeconds(ending.wallLimit) +
                           " s of real time: the program waits for something that never "
                           "comes (a real lock, select or thread), or runs past its CPU limit "
                           "set by --max-cpu. The output so far is kept.");
    } else if (ending.zygoteLost) {
        outcome.end = RunEnd::Crashed;
        outcome.message = "the worker stopped unexpectedly during the run";
    } else if (WIFEXITED(status)) {
        outcome.end = RunEnd::Finished;
        outcome.exitStatus = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) {
        // An uncaught KeyboardInterrupt: CPython dies of SIGINT, as a shell reports it.
        outcome.end = RunEnd::Finished;
        outcome.exitStatus = 128 + SIGINT;
    } else if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL) &&
               ending.cpuSeconds >= std::ceil(limits.cpuSeconds) - 0.5) {
        // (A SIGXCPU the program sent itself, before its time was up, is a crash.)
        stopped("cpu", "stopped after " + formatSeconds(limits.cpuSeconds) +
                           " s of CPU time, the limit set by --max-cpu, inside a computation "
                           "that could not be interrupted. The output so far is kept.");
    } else if (WIFSIGNALED(status)) {
        outcome.end = RunEnd::Crashed;
        outcome.signal = WTERMSIG(status);
        outcome.message = "the worker running the program died of signal " +
                          signalName(WTERMSIG(status)) + "; the output so far is kept.";
    }
}

} // namespace

Worker::Worker(std::string executable)
    : executable_(executable.empty() ? defaultExecutable() : std::move(executable))
{
    int wake[2];
    if (::pipe2(wake, O_CLOEXEC | O_NONBLOCK) == 0) {
        wakeRead_ = wake[0];
        wakeWrite_ = wake[1];
    }
}

Worker::~Worker()
{
    shutDown();
    closeFd(wakeRead_);
    closeFd(wakeWrite_);
}

std::string Worker::defaultExecutable()
{
    if (const char* fromEnvironment = std::getenv("LOOPSCOPE_WORKER"))
        return fromEnvironment;
    char self[4096];
    ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return "loopscope-worker";
    std::string path(self, std::size_t(length));
    return path.substr(0, path.rfind('/') + 1) + "loopscope-worker";
}

bool Worker::start(std::string* error)
{
    if (isStarted())
        return true;
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
        *error = std::string("cannot create the worker's socket: ") + std::strerror(errno);
        return false;
    }
    // Everything the child needs is prepared before fork: after it, only system calls.
    const std::string program = executable_;
    const char* const argv[] = {"loopscope-worker", "--zygote", "3", nullptr};
    pid_t pid = ::fork();
    if (pid == 0) {
        ::personality(ADDR_NO_RANDOMIZE); // same addresses in every run: same set orders
        ::dup2(pair[1], 3);
        ::execv(program.c_str(), const_cast<char* const*>(argv));
        ::_exit(127);
    }
    ::close(pair[1]);
    if (pid < 0) {
        ::close(pair[0]);
        *error = std::string("cannot start the worker: ") + std::strerror(errno);
        return false;
    }
    zygote_ = pid;
    socket_ = pair[0];

    std::string frame;
    if (!wire::receiveFrame(socket_, frame) || frame.empty() || frame[0] != wire::Ready) {
        *error = frame.size() > 1 && frame[0] == wire::Failed
                     ? "the worker could not start: " + frame.substr(1)
                     : "the worker " + executable_ + " did not start";
        shutDown();
        return false;
    }
    version_ = frame.substr(1);
    return true;
}

void Worker::shutDown()
{
    closeFd(socket_);
    if (zygote_ > 0) {
        int status;
        // Closing the socket ends the zygote; make sure of it.
        if (::waitpid(zygote_, &status, WNOHANG) == 0) {
            ::kill(zygote_, SIGKILL);
            ::waitpid(zygote_, &status, 0);
        }
    }
    zygote_ = -1;
}

void Worker::cancel()
{
    cancelled_ = true;
    if (wakeWrite_ >= 0) {
        char byte = 1;
        [[maybe_unused]] ssize_t n = ::write(wakeWrite_, &byte, 1);
    }
}

RunOutcome Worker::run(const RunRequest& request, OutputSink& sink)
{
    RunOutcome outcome;
    const Limits& limits = request.limits;
    if (request.source.size() > limits.sourceBytes) {
        outcome.end = RunEnd::Stopped;
        outcome.stopKind = "source";
        outcome.message = "the program is " + describeBytes(request.source.size()) +
                          ", more than the limit of " + describeBytes(limits.sourceBytes) +
                          " set by --max-source; it was not run.";
        return outcome;
    }
    std::string error;
    if (!start(&error)) {
        outcome.end = RunEnd::Crashed;
        outcome.message = error;
        return outcome;
    }
    // Drain stale wake-ups: a cancel() aimed at an earlier run does not end this one.
    char drain[64];
    while (::read(wakeRead_, drain, sizeof drain) > 0) {
    }
    cancelled_ = false;

    // stdout, stderr, the control channel and (for a recorded run) the event record.
    int pipes[4][2] = {{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}};
    const int channels = request.record ? 4 : 3;
    for (int i = 0; i < channels; ++i) {
        if (i == 1 && request.mergeOutput)
            continue; // stderr shares stdout's pipe
        if (::pipe2(pipes[i], O_CLOEXEC) < 0) {
            for (auto& pipe : pipes) {
                closeFd(pipe[0]);
                closeFd(pipe[1]);
            }
            outcome.end = RunEnd::Crashed;
            outcome.message = std::string("cannot create pipes: ") + std::strerror(errno);
            return outcome;
        }
    }
    const auto started = Clock::now();
    std::vector<int> childEnds;
    for (int i = 0; i < channels; ++i)
        childEnds.push_back(i == 1 && request.mergeOutput ? pipes[0][1] : pipes[i][1]);
    bool sent = wire::sendFrame(socket_, wire::encodeRequest(request), childEnds);
    for (auto& pipe : pipes)
        closeFd(pipe[1]);
    if (!sent) {
        for (auto& pipe : pipes)
            closeFd(pipe[0]);
        shutDown();
        outcome.end = RunEnd::Crashed;
        outcome.message = "the worker stopped before the run began";
        return outcome;
    }

    int readers[4] = {pipes[0][0], pipes[1][0], pipes[2][0], pipes[3][0]};
    std::string controlText;
    std::uint64_t written = 0;
    bool finished = false, zygoteLost = false, killSent = false;
    std::string observerStop; // "output", "wall" or "cancelled": why we killed the child
    std::int64_t waitStatus = 0, maxRss = 0;
    double cpu = 0;
    const double wallLimit = limits.cpuSeconds + kWallSlackSeconds;

    auto killChild = [&](const char* why) {
        if (observerStop.empty())
            observerStop = why;
        if (!killSent)
            killSent = wire::sendFrame(socket_, std::string(1, wire::Kill));
    };

    while (!finished || readers[0] >= 0 || readers[1] >= 0 || readers[2] >= 0 || readers[3] >= 0) {
        pollfd fds[6];
        int count = 0;
        for (int fd : readers)
            fds[count++] = {fd, POLLIN, 0};
        fds[count++] = {finished ? -1 : socket_, POLLIN, 0};
        fds[count++] = {wakeRead_, POLLIN, 0};
        const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
        const int timeoutMs = killSent ? 1000 : int(std::max(0.0, wallLimit - elapsed) * 1000) + 1;
        int ready = ::poll(fds, nfds_t(count), timeoutMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready == 0 && !killSent) {
            killChild("wall");
            continue;
        }
        for (int i = 0; i < 4; ++i) {
            if (readers[i] < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[65536];
            ssize_t n = ::read(readers[i], buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                closeFd(readers[i]);
                continue;
            }
            std::string_view chunk(buffer, std::size_t(n));
            if (i == 2) {
                controlText.append(chunk);
                continue;
            }
            if (i == 3) {
                sink.record(chunk);
                continue;
            }
            if (written + chunk.size() > limits.outputBytes) {
                chunk = chunk.substr(0, std::size_t(limits.outputBytes - std::min(written, limits.outputBytes)));
                killChild("output");
            }
            written += chunk.size();
            if (!chunk.empty())
                i == 0 ? sink.standardOutput(chunk) : sink.standardError(chunk);
        }
        if (fds[5].revents & POLLIN) {
            while (::read(wakeRead_, drain, sizeof drain) > 0) {
            }
            if (cancelled_)
                killChild("cancelled");
        }
        if (!finished && (fds[4].revents & (POLLIN | POLLHUP | POLLERR))) {
            std::string frame;
            if (!wire::receiveFrame(socket_, frame)) {
                finished = zygoteLost = true;
                continue;
            }
            if (frame.empty())
                continue;
            if (frame[0] == wire::Finished) {
                wire::Reader reader(frame);
                reader.i64(waitStatus);
                reader.f64(cpu);
                reader.i64(maxRss);
                finished = true;
            } else if (frame[0] == wire::Failed) {
                finished = zygoteLost = true;
                controlText = "crash\n" + frame.substr(1);
            }
        }
    }
    for (int& fd : readers)
        closeFd(fd);

    outcome.cpuSeconds = cpu;
    outcome.maxRssKiB = long(maxRss);
    outcome.wallSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (zygoteLost)
        shutDown();

    Ending ending{observerStop, controlText, zygoteLost, int(waitStatus), cpu, wallLimit};
    judge(ending, limits, outcome);
    return outcome;
}

} // namespace loopscope::python
