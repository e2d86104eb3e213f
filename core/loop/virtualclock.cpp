#include "virtualclock.h"

#include <cmath>
#include <limits>

namespace loopscope::loop {

VirtualClock& VirtualClock::instance()
{
    static VirtualClock clock;
    return clock;
}

double VirtualClock::landingOn(double deadline)
{
    if (deadline + kResolution > deadline)
        return deadline;
    return std::nextafter(deadline, std::numeric_limits<double>::infinity());
}

} // namespace loopscope::loop
