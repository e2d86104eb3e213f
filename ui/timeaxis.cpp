#include "timeaxis.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace loopscope::ui {

namespace {

using trace::EventId;
using trace::EventKind;

// Of the axis's length in "time", the part the widened instants take.
constexpr double kWidening = 0.5;

// 1, 2 or 5 times a power of ten, at least `value`.
double niceStep(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= value)
            return m * power;
    }
    return 10 * power;
}

} // namespace

TimeAxis::TimeAxis(const trace::Trace& trace, Scale scale) : scale_(scale)
{
    const std::size_t count = trace.size();
    positions_.resize(count);
    // Steps (events that are no line event), per instant.
    std::vector<std::size_t> stepsPerInstant;
    std::size_t steps = 0;
    double lastTime = -1;
    for (EventId id = 0; id < count; ++id) {
        const double time = trace.timeOf(id);
        if (instantTimes_.empty() || time != lastTime) {
            instantTimes_.push_back(time);
            stepsPerInstant.push_back(0);
            lastTime = time;
        }
        if (trace.event(id).kind != EventKind::Line) {
            ++stepsPerInstant.back();
            ++steps;
        }
    }
    const double span = instantTimes_.empty() ? 0 : instantTimes_.back() - instantTimes_.front();
    if (scale_ == Scale::Steps || span <= 0)
        step_ = 1;
    else
        step_ = span * kWidening / double(std::max<std::size_t>(steps, 1));

    // Where each instant's block starts and ends.
    double widened = 0;
    std::size_t stepsBefore = 0;
    for (std::size_t i = 0; i < instantTimes_.size(); ++i) {
        const double width = double(std::max<std::size_t>(stepsPerInstant[i], 1)) * step_;
        const double start = scale_ == Scale::Steps ? double(stepsBefore) * step_
                                                    : instantTimes_[i] - instantTimes_.front() + widened;
        instantStarts_.push_back(start);
        instantEnds_.push_back(start + width);
        widened += width;
        stepsBefore += std::max<std::size_t>(stepsPerInstant[i], 1);
    }

    // Each event in its instant's block, a step apart; a line event stays at its step.
    std::size_t instant = 0, rank = 0;
    bool stepped = false;
    for (EventId id = 0; id < count; ++id) {
        if (trace.timeOf(id) != instantTimes_[instant]) {
            ++instant;
            rank = 0;
            stepped = false;
        }
        const bool isStep = trace.event(id).kind != EventKind::Line;
        if (isStep && stepped)
            ++rank;
        stepped = stepped || isStep;
        positions_[id] = instantStarts_[instant] + (double(rank) + 0.5) * step_;
    }
    length_ = instantEnds_.empty() ? 0 : instantEnds_.back();
}

double TimeAxis::positionOf(EventId event) const
{
    return event < positions_.size() ? positions_[event] : length_;
}

EventId TimeAxis::eventAt(double position) const
{
    auto it = std::upper_bound(positions_.begin(), positions_.end(), position);
    if (it == positions_.begin())
        return trace::kNoEvent;
    return EventId(it - positions_.begin() - 1);
}

double TimeAxis::timeAt(double position) const
{
    if (instantStarts_.empty())
        return 0;
    auto it = std::upper_bound(instantStarts_.begin(), instantStarts_.end(), position);
    const std::size_t i = it == instantStarts_.begin() ? 0 : std::size_t(it - instantStarts_.begin()) - 1;
    if (position <= instantEnds_[i] || scale_ == Scale::Steps)
        return instantTimes_[i];
    return instantTimes_[i] + (position - instantEnds_[i]);
}

double TimeAxis::positionOfTime(double seconds) const
{
    if (instantTimes_.empty())
        return 0;
    // A time a rounding error away from an instant is that instant (ticks are computed).
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(seconds));
    auto near = std::lower_bound(instantTimes_.begin(), instantTimes_.end(), seconds - tolerance);
    if (near != instantTimes_.end() && *near <= seconds + tolerance)
        return instantStarts_[std::size_t(near - instantTimes_.begin())];
    auto it = std::upper_bound(instantTimes_.begin(), instantTimes_.end(), seconds);
    if (it == instantTimes_.begin())
        return instantStarts_.front();
    const std::size_t i = std::size_t(it - instantTimes_.begin()) - 1;
    if (seconds == instantTimes_[i])
        return instantStarts_[i];
    if (scale_ == Scale::Steps)
        return i + 1 < instantStarts_.size() ? instantStarts_[i + 1] : instantEnds_[i];
    return instantEnds_[i] + (seconds - instantTimes_[i]);
}

double TimeAxis::positionAfterTime(double seconds) const
{
    if (instantTimes_.empty())
        return 0;
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(seconds));
    auto near = std::lower_bound(instantTimes_.begin(), instantTimes_.end(), seconds - tolerance);
    if (near != instantTimes_.end() && *near <= seconds + tolerance)
        return instantEnds_[std::size_t(near - instantTimes_.begin())];
    if (seconds > instantTimes_.back())
        return length_ + (scale_ == Scale::Time ? seconds - instantTimes_.back() : 0);
    return positionOfTime(seconds);
}

std::vector<TimeAxis::Tick> TimeAxis::ticks(double from, double to, double unitsPerPixel) const
{
    std::vector<Tick> ticks;
    if (instantTimes_.empty() || !(to > from))
        return ticks;
    constexpr double kMajorPixels = 90;
    if (scale_ == Scale::Steps) {
        // A tick where the time changes, labelled where there is room.
        double lastMajor = -1e300;
        auto first = std::lower_bound(instantStarts_.begin(), instantStarts_.end(), from);
        for (auto it = first; it != instantStarts_.end() && *it <= to; ++it) {
            const std::size_t i = std::size_t(it - instantStarts_.begin());
            const bool major = (*it - lastMajor) / unitsPerPixel >= kMajorPixels;
            if (major)
                lastMajor = *it;
            ticks.push_back({*it, instantTimes_[i], major});
            if (ticks.size() > 4000)
                break;
        }
        return ticks;
    }
    // Past the run's last instant there is only the margin "fit" leaves: no ticks there
    // (in a run that all happens at 0.0 they would all crowd into that margin).
    const double first = std::max(timeAt(from), startTime()), last = std::min(timeAt(to), endTime());
    const double spacing = niceStep(std::max((last - first) / std::max((to - from) / unitsPerPixel / kMajorPixels, 1.0),
                                             1e-9));
    const double minor = spacing / 5;
    const auto firstTick = std::int64_t(std::ceil(first / minor - 1e-9));
    for (std::int64_t k = firstTick; double(k) * minor <= last + minor * 1e-6; ++k) {
        const double t = double(k) * minor;
        ticks.push_back({positionOfTime(t), t, k % 5 == 0});
        if (ticks.size() > 4000)
            break;
    }
    return ticks;
}

} // namespace loopscope::ui
