#include "runlimits.h"

#include <Python.h>

namespace loopscope::loop {

RunGuard& RunGuard::instance()
{
    static RunGuard guard;
    return guard;
}

void RunGuard::reset(const RunLimits& limits)
{
    limits_ = limits;
    events_ = 0;
}

int RunGuard::stop(StopKind kind, PyObject* loop, PyObject* handle)
{
    std::string message;
    if (handler_) {
        message = handler_(kind, loop, handle);
    } else {
        switch (kind) {
        case StopKind::Deadlock:
            message = "deadlock: nothing is ready to run and no timer is set";
            break;
        case StopKind::EventLimit:
            message = "the loop ran more callbacks than its limit allows";
            break;
        case StopKind::TimeLimit:
            message = "virtual time passed the run's horizon";
            break;
        }
    }
    PyErr_SetString(PyExc_RuntimeError, message.c_str());
    return -1;
}

} // namespace loopscope::loop
