// The one clock of a run: virtual seconds, 0.0 when the program starts. It moves only
// where CPython's loop would wait (to the next timer's deadline) or where the program
// blocks in time.sleep; every event loop of the run and the time module read it.
#pragma once

namespace loopscope::loop {

class VirtualClock {
public:
    // CPython's monotonic clock resolution on Linux: a timer is due when its deadline is
    // below now + resolution.
    static constexpr double kResolution = 1e-9;
    // asyncio's longest select(): a timer further away is reached in steps of this.
    static constexpr double kMaximumSelectTimeout = 24 * 3600.0;

    static VirtualClock& instance();

    double now() const { return now_; }
    void reset() { now_ = 0.0; }

    // Where the clock lands when it jumps to a timer's deadline, as a real clock that
    // overshoots would: exactly on it, or, where adding the resolution no longer changes
    // the double (from 2**24 s on), one representable step past it, so that the timer
    // counts as due.
    static double landingOn(double deadline);

    void moveTo(double t) { now_ = t; }

private:
    double now_ = 0.0;
};

} // namespace loopscope::loop
