#include "loopiteration.h"

#include "loopstate.h"
#include "pyref.h"
#include "recorder.h"
#include "runlimits.h"
#include "virtualclock.h"

namespace loopscope::loop {

namespace {

// base_events.py: the heap is rebuilt when more than half of over 100 timers are
// cancelled; otherwise cancelled timers are dropped only from its head.
constexpr std::size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;

// Runs one handle; in debug mode, as the loop's current handle and with the warning
// about slow callbacks. -1 with the exception set if one left the callback.
int runTimed(PyObject* self, LoopState& state, PyObject* handle)
{
    auto* h = (HandleObject*)handle;
    if (!state.debugFlag)
        return runHandle(h);
    VirtualClock& clock = VirtualClock::instance();
    Py_XSETREF(state.currentHandle, Py_NewRef(handle));
    const double started = clock.now();
    int result = runHandle(h);
    const double took = clock.now() - started;
    if (result == 0) {
        PyRef slow(PyObject_GetAttrString(self, "slow_callback_duration"));
        PyRef tookObject(PyFloat_FromDouble(took));
        int isSlow = slow && tookObject
                         ? PyObject_RichCompareBool(tookObject.get(), slow.get(), Py_GE)
                         : -1;
        if (isSlow > 0) {
            PyRef text(PyObject_CallOneArg(refs.formatHandle, handle));
            PyRef logged(text ? PyObject_CallMethod(refs.logger, "warning", "sOO",
                                                    "Executing %s took %.3f seconds",
                                                    text.get(), tookObject.get())
                              : nullptr);
            if (!logged)
                result = -1;
        } else if (isSlow < 0) {
            result = -1;
        }
    }
    Py_CLEAR(state.currentHandle);
    return result;
}

} // namespace

// An exception leaving a callback (SystemExit, KeyboardInterrupt, a failing exception
// handler) leaves the loop. Under CPython it passes through the frames of
// BaseEventLoop.run_forever and _run_once on its way out: it is replayed through those very
// functions, on stand-in loops whose one ready handle raises it (asyncio_loop.py), so that
// its traceback holds the same frames.
int replayEscape(PyObject* self, const char* through)
{
    PyRef exception = fetchException();
    PyRef escaping(newExceptionReplay(exception.get()));
    PyRef replay(escaping ? PyObject_CallMethod(self, "_escape_replay", "Os", escaping.get(), through)
                          : nullptr);
    PyRef replayed(replay && PyTuple_Check(replay.get()) && PyTuple_GET_SIZE(replay.get()) == 2
                       ? PyObject_CallOneArg(PyTuple_GET_ITEM(replay.get(), 0),
                                             PyTuple_GET_ITEM(replay.get(), 1))
                       : nullptr);
    if (replayed || !PyErr_Occurred()) // it raises; if it did not, the exception still leaves
        PyErr_SetObject((PyObject*)Py_TYPE(exception.get()), exception.get());
    return -1;
}

// One iteration: BaseEventLoop._run_once, with select(timeout) made a clock jump.
int runOnce(PyObject* self)
{
    LoopState& state = stateOf(self);
    VirtualClock& clock = VirtualClock::instance();
    RunGuard& guard = RunGuard::instance();
    Recorder& recorder = Recorder::instance();
    std::vector<TimerHandleObject*> dropped;
    if (recorder.active())
        recorder.iterationBegins();

    const std::size_t scheduledCount = state.timers.size();
    if (scheduledCount > kMinScheduledTimerHandles &&
        double(state.timerCancelledCount) / double(scheduledCount) >
            kMinCancelledTimerHandlesFraction) {
        state.timers.removeIf(
            [](TimerHandleObject* timer) {
                if (!timer->base.cancelled)
                    return false;
                timer->scheduled = 0;
                return true;
            },
            dropped);
        state.timerCancelledCount = 0;
    } else {
        while (!state.timers.empty() && state.timers.top().item->base.cancelled) {
            state.timerCancelledCount--;
            TimerHandleObject* timer = state.timers.pop().item;
            timer->scheduled = 0;
            dropped.push_back(timer);
        }
    }
    releaseAll(dropped);

    if (state.ready.empty() && !state.stopping) {
        // CPython would block in select(): for ever without a timer, else until the
        // earliest deadline, or for its maximum timeout when the deadline is further.
        if (state.timers.empty())
            return guard.stop(StopKind::Deadlock, self);
        const double when = state.timers.top().when;
        const double delta = when - clock.now();
        const double maximum = VirtualClock::kMaximumSelectTimeout;
        const double timeout = delta > 0 ? (maximum < delta ? maximum : delta) : 0.0;
        double target = clock.now();
        if (timeout > 0)
            target = timeout < maximum ? VirtualClock::landingOn(when) : clock.now() + timeout;
        else if (when >= clock.now() + VirtualClock::kResolution)
            // The deadline is now but, the resolution lost, not due: a real clock would
            // have moved on by the time select(0) returned.
            target = VirtualClock::landingOn(when);
        if (target != clock.now()) {
            if (!guard.withinHorizon(target))
                return guard.stop(StopKind::TimeLimit, self);
            clock.moveTo(target);
        }
    }

    const double endTime = clock.now() + VirtualClock::kResolution;
    while (!state.timers.empty()) {
        if (state.timers.top().when >= endTime)
            break;
        TimerHandleObject* timer = state.timers.pop().item;
        timer->scheduled = 0;
        timer->due = 1;
        state.ready.push_back(&timer->base);
        if (recorder.active())
            recorder.timerDue(timer);
    }

    // Exactly the callbacks ready now; those they schedule wait for the next iteration.
    const std::size_t todo = state.ready.size();
    for (std::size_t i = 0; i < todo && !state.ready.empty(); ++i) {
        PyRef handle((PyObject*)state.ready.front());
        state.ready.pop_front();
        auto* h = (HandleObject*)handle.get();
        if (isTimerHandle(handle.get()))
            ((TimerHandleObject*)h)->due = 0;
        if (h->cancelled)
            continue;
        if (!guard.countEvent())
            return guard.stop(StopKind::EventLimit, self, handle.get());
        if (recorder.active()) {
            const Recorder::Run run = recorder.beforeRun(h);
            const int result = runTimed(self, state, handle.get());
            recorder.afterRun(run);
            if (result < 0)
                return -1;
            continue;
        }
        if (runTimed(self, state, handle.get()) < 0)
            return -1;
    }
    return 0;
}



} // namespace loopscope::loop
