#include "loopsnapshot.h"

#include <algorithm>
#include <unordered_map>

namespace loopscope::trace {

namespace {

constexpr std::size_t kBlock = 256;

bool isTimer(const Event& event, TimerAction action)
{
    return event.kind == EventKind::Timer && event.sub == std::uint8_t(action);
}

} // namespace

LoopSnapshot::LoopSnapshot(const Trace& trace) : trace_(trace)
{
    std::unordered_map<EventId, std::size_t> byScheduling;
    for (EventId id = 0; id < trace.size(); ++id) {
        const Event& event = trace.event(id);
        if (event.kind != EventKind::Timer)
            continue;
        if (event.sub == std::uint8_t(TimerAction::Scheduled)) {
            byScheduling[id] = timers_.size();
            timers_.push_back({id, kNoEvent});
        } else if (auto found = byScheduling.find(event.cause); found != byScheduling.end()) {
            timers_[found->second].ends = id;
            byScheduling.erase(found);
        }
    }
    for (std::size_t start = 0; start < timers_.size(); start += kBlock) {
        EventId latest = 0;
        for (std::size_t i = start; i < std::min(start + kBlock, timers_.size()); ++i)
            latest = std::max(latest, timers_[i].ends); // kNoEvent (never ended) is the largest
        blockLatestEnd_.push_back(latest);
    }
}

std::vector<ReadyEntry> LoopSnapshot::readyAfter(EventId at) const
{
    std::vector<ReadyEntry> ready;
    if (at >= trace_.size())
        return ready;
    const std::uint32_t iteration = trace_.iterationOf(at);
    // What is ready now runs in this iteration or the next: look no further.
    for (EventId id = at + 1; id < trace_.size(); ++id) {
        const std::uint32_t there = trace_.iterationOf(id);
        if (there == 0 || there > iteration + 1)
            break;
        const Event& event = trace_.event(id);
        EventId queued = kNoEvent;
        if (event.kind == EventKind::Resume)
            queued = event.low();
        else if (event.kind == EventKind::Callback)
            queued = event.high();
        else if (isTimer(event, TimerAction::Fired) && there == iteration)
            queued = at; // moved to the ready queue when this iteration began
        // `queued` is the first event recorded after the handle entered the queue.
        if (queued != kNoEvent && queued <= at + 1)
            ready.push_back({id, queued});
    }
    return ready;
}

std::vector<PendingTimer> LoopSnapshot::timersAfter(EventId at) const
{
    std::vector<PendingTimer> pending;
    // Timers are in scheduling order: those scheduled after `at` end the search.
    const auto scheduledLater = std::upper_bound(
        timers_.begin(), timers_.end(), at,
        [](EventId value, const PendingTimer& timer) { return value < timer.scheduled; });
    const std::size_t count = std::size_t(scheduledLater - timers_.begin());
    for (std::size_t block = 0; block * kBlock < count; ++block) {
        if (blockLatestEnd_[block] <= at)
            continue; // every timer of this block ended by then
        for (std::size_t i = block * kBlock; i < std::min((block + 1) * kBlock, count); ++i) {
            if (timers_[i].ends > at)
                pending.push_back(timers_[i]);
        }
    }
    std::sort(pending.begin(), pending.end(), [&](const PendingTimer& a, const PendingTimer& b) {
        const double x = trace_.event(a.scheduled).when();
        const double y = trace_.event(b.scheduled).when();
        return x != y ? x < y : a.scheduled < b.scheduled;
    });
    return pending;
}

} // namespace loopscope::trace
