#include "zygote.h"

#include "interpreter.h"
#include "programrunner.h"
#include "wire.h"

#include <Python.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <string>
#include <vector>

namespace loopscope::python {

namespace {

int openPidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return int(::syscall(SYS_pidfd_open, pid, 0));
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// Waits for the child while answering the client: a Kill frame kills it, a closed socket
// too (the client is gone). Returns false if the client is gone.
bool superviseChild(int socket, pid_t child)
{
    const int pidfd = openPidfd(child);
    bool clientGone = false;
    int status = 0;
    rusage usage{};
    for (;;) {
        pollfd fds[2] = {{socket, POLLIN, 0}, {pidfd, POLLIN, 0}};
        // Without a pidfd (old kernels), poll the child's state every few milliseconds.
        int ready = ::poll(fds, pidfd >= 0 ? 2 : 1, pidfd >= 0 ? -1 : 5);
        if (ready < 0 && errno != EINTR)
            break;
        if (!clientGone && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            std::string frame;
            if (!wire::receiveFrame(socket, frame)) {
                clientGone = true;
                ::kill(child, SIGKILL);
            } else if (!frame.empty() && frame[0] == wire::Kill) {
                ::kill(child, SIGKILL);
            }
        }
        pid_t done = ::wait4(child, &status, WNOHANG, &usage);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            break;
    }
    if (pidfd >= 0)
        ::close(pidfd);
    if (clientGone)
        return false;
    const double cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    return wire::sendFrame(socket, wire::Writer(wire::Finished)
                                       .i64(status)
                                       .f64(cpu)
                                       .i64(usage.ru_maxrss)
                                       .bytes());
}

void detachStandardStreams()
{
    // The zygote reads nothing and prints nothing; its runs get their own pipes.
    int devNull = ::open("/dev/null", O_RDWR);
    if (devNull >= 0) {
        ::dup2(devNull, 0);
        ::dup2(devNull, 1);
        if (devNull > 2)
            ::close(devNull);
    }
}

} // namespace

int runZygote(int socket)
{
    detachStandardStreams();
    std::string error;
    if (!Interpreter::initialize(&error)) {
        wire::sendFrame(socket, std::string(1, wire::Failed) + error);
        return 1;
    }
    if (!wire::sendFrame(socket, std::string(1, wire::Ready) + Interpreter::version()))
        return 1;

    for (;;) {
        std::string frame;
        std::vector<int> fds;
        if (!wire::receiveFrame(socket, frame, &fds))
            return 0; // the client closed the socket: nothing more to run
        RunRequest request;
        if (frame.empty() || frame[0] != wire::Run ||
            !wire::decodeRequest(frame, request) || fds.size() != (request.record ? 4u : 3u)) {
            for (int fd : fds)
                ::close(fd);
            if (!frame.empty() && frame[0] == wire::Kill)
                continue; // a kill that arrived after its child ended
            wire::sendFrame(socket, std::string(1, wire::Failed) + "malformed run request");
            continue;
        }

        PyOS_BeforeFork();
        pid_t child = ::fork();
        if (child == 0) {
            PyOS_AfterFork_Child();
            ::close(socket);
            runProgram(request, fds[0], fds[1], fds[2], request.record ? fds[3] : -1);
        }
        PyOS_AfterFork_Parent();
        for (int fd : fds)
            ::close(fd);
        if (child < 0) {
            wire::sendFrame(socket, std::string(1, wire::Failed) +
                                        "cannot start a run: fork failed");
            continue;
        }
        if (!wire::sendFrame(socket, wire::Writer(wire::Started).i64(child).bytes()) ||
            !superviseChild(socket, child))
            return 0;
    }
}

} // namespace loopscope::python
