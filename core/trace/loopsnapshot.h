// The event loop's state at any event of a record, without re-running the program: the
// ready queue in order (what will run next, and since when it waits) and the timers
// pending with their deadlines. Built once from the record; each question is answered
// from the events near the asked one (ready queue) or from an index of timer lifetimes.
// Invariant: a handle queued during iteration k runs in iteration k or k+1 (timers are
// queued when due, in the iteration that runs them; call_soon handles run in the next).
#pragma once

#include "trace.h"

#include <vector>

namespace loopscope::trace {

struct ReadyEntry {
    EventId run;    // the Resume, Callback or Timer (fired) event that runs it
    EventId queued; // the first event recorded after it entered the ready queue
};

struct PendingTimer {
    EventId scheduled; // its Timer scheduled event (deadline, purpose, owner task)
    EventId ends;      // its Timer fired or cancelled event; kNoEvent if neither came
};

class LoopSnapshot {
public:
    explicit LoopSnapshot(const Trace& trace);

    // What is ready to run just after event `at`, first to run first.
    std::vector<ReadyEntry> readyAfter(EventId at) const;
    // Timers scheduled at or before `at` and neither fired nor cancelled by then, by
    // deadline (then by scheduling).
    std::vector<PendingTimer> timersAfter(EventId at) const;

private:
    const Trace& trace_;
    std::vector<PendingTimer> timers_; // by scheduling
    // For each block of kBlock timers (by scheduling), the latest end among them, so that
    // blocks whose timers all ended before a question are skipped.
    std::vector<EventId> blockLatestEnd_;
};

} // namespace loopscope::trace
