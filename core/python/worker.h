// The client side of a worker: it starts the zygote (the loopscope-worker executable,
// with address-space randomisation off), sends it one run at a time, streams the run's
// output to a sink as it comes, enforces the limits only an observer can (output size,
// real time) and says how the run ended. The zygote is restarted if it dies.
// run() blocks; cancel() may be called from another thread to end the current run.
#pragma once

#include "outputsink.h"
#include "runoutcome.h"
#include "runrequest.h"

#include <sys/types.h>

#include <atomic>
#include <string>

namespace loopscope::python {

class Worker {
public:
    // `executable`: the loopscope-worker binary; empty means $LOOPSCOPE_WORKER, else the
    // one beside the running executable.
    explicit Worker(std::string executable = {});
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Starts the zygote and waits until it is warm. False with a message if it cannot.
    bool start(std::string* error);
    bool isStarted() const { return socket_ >= 0; }
    // The embedded Python's version, once started ("3.11.2").
    const std::string& pythonVersion() const { return version_; }

    RunOutcome run(const RunRequest& request, OutputSink& sink);
    void cancel();

    static std::string defaultExecutable();

private:
    void shutDown();

    std::string executable_;
    std::string version_;
    pid_t zygote_ = -1;
    int socket_ = -1;
    int wakeRead_ = -1;  // cancel() writes to wakeWrite_, run() polls wakeRead_
    int wakeWrite_ = -1;
    std::atomic<bool> cancelled_{false};
};

} // namespace loopscope::python
