// What ends a run from inside the loop: a budget of callbacks, a virtual-time horizon,
// and a deadlock (nothing ready, no timer, program unfinished). The loop and the virtual
// time module report such an end to one process-wide handler, which the worker sets to
// stop the run with a message; without a handler the loop raises RuntimeError instead.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

typedef struct _object PyObject;

namespace loopscope::loop {

enum class StopKind { Deadlock, EventLimit, TimeLimit };

struct RunLimits {
    std::uint64_t maxEvents = std::numeric_limits<std::uint64_t>::max();
    double maxTime = std::numeric_limits<double>::infinity();
};

// Receives the stopping loop (or nullptr outside a loop) and, at the callback limit, the
// handle about to run. Normally does not return; if it does, the caller raises
// RuntimeError with the message it returned.
using StopHandler = std::string (*)(StopKind kind, PyObject* loop, PyObject* handle);

class RunGuard {
public:
    static RunGuard& instance();

    void reset(const RunLimits& limits);
    void setStopHandler(StopHandler handler) { handler_ = handler; }

    const RunLimits& limits() const { return limits_; }
    std::uint64_t eventsRun() const { return events_; }

    // Counts one callback about to run; false once the budget is spent.
    bool countEvent() { return ++events_ <= limits_.maxEvents; }
    bool withinHorizon(double t) const { return !(t > limits_.maxTime); }

    // Hands the stop to the handler; returns -1 with a Python exception set if the
    // handler returned (so callers can `return stop(...)` from a C API function).
    int stop(StopKind kind, PyObject* loop, PyObject* handle = nullptr);

private:
    RunLimits limits_;
    std::uint64_t events_ = 0;
    StopHandler handler_ = nullptr;
};

} // namespace loopscope::loop
