// The event record of one run: every event in order, the tasks, TaskGroups and waits the
// events name, the strings they use, the output the program wrote. Plain data (no
// Python): the engine's worker streams it, the app, the writers and the tests read it.
// Invariants: an event's cause is an earlier event (or kNoEvent); the virtual time and
// the loop iteration of event i are those of the last mark at or before i; tasks()[0],
// groups()[0] and string 0 ("") are placeholders for "none".
#pragma once

#include "event.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope::trace {

struct TaskRecord {
    StringId name = 0;      // as created (later names are Rename events)
    StringId coroutine = 0; // its coroutine's __qualname__
    TaskId parent = kNoTask; // the task whose step created it (none at top level)
    GroupId group = kNoGroup;
    std::uint32_t line = 0; // the program line that created it
    EventId created = kNoEvent;
    EventId ended = kNoEvent; // its Done, Failed or Cancelled event; kNoEvent if it never ended
};

struct GroupRecord {
    TaskId owner = kNoTask;   // the task whose `async with TaskGroup()` it is
    std::uint32_t line = 0;   // where its first task was created
    EventId created = kNoEvent;
};

enum class ReturnWhen : std::uint8_t { None, AllCompleted, FirstCompleted, FirstException };

// What a task waits on when it waits on several awaitables at once (gather, wait, ...).
struct WaitRecord {
    WaitKind kind = WaitKind::Future;
    ReturnWhen returnWhen = ReturnWhen::None; // for wait()
    double timeout = -1;        // for wait() and wait_for(); negative: none
    std::uint32_t first = 0;    // its members: Trace::members()
    std::uint32_t count = 0;
    std::uint32_t others = 0;   // awaitables that are no task (plain futures)
};

class Trace {
public:
    Trace();

    // ---- reading ----------------------------------------------------------------------
    std::size_t size() const { return events_.size(); }
    bool empty() const { return events_.empty(); }
    const Event& event(EventId id) const { return events_[id]; }
    const std::vector<Event>& events() const { return events_; }

    double timeOf(EventId id) const;
    // Loop iterations are counted from 1 over the whole run (every loop of it); 0 is
    // outside any loop (module-level code before or after asyncio.run).
    std::uint32_t iterationOf(EventId id) const;

    // tasks()[0] stands for "no task": module-level code, the loop's own callbacks.
    const std::vector<TaskRecord>& tasks() const { return tasks_; }
    const TaskRecord& task(TaskId id) const { return tasks_[id]; }
    std::size_t taskCount() const { return tasks_.size() - 1; }
    // The task's name as of event `at` (after the renames up to and including it).
    std::string_view nameAt(TaskId id, EventId at) const;
    std::string_view finalName(TaskId id) const { return nameAt(id, kNoEvent); }

    const std::vector<GroupRecord>& groups() const { return groups_; }
    const std::vector<WaitRecord>& waits() const { return waits_; }
    std::span<const TaskId> members(const WaitRecord& wait) const
    {
        return {members_.data() + wait.first, wait.count};
    }

    std::string_view string(StringId id) const;
    std::size_t stringCount() const { return stringStarts_.size(); }

    // Everything the program wrote, in order (stdout and stderr interleaved as written),
    // and the part one Print event wrote.
    std::string_view output() const { return output_; }
    std::string_view printed(const Event& print) const;

    // Heap bytes held, for the record's size budget.
    std::size_t memoryBytes() const;
    // Gives back the memory reserved for growth (once the run has ended).
    void shrink();

    // ---- building (the stream decoder, tests) -----------------------------------------
    StringId addString(std::string_view text);
    TaskId addTask(const TaskRecord& task);
    GroupId addGroup(const GroupRecord& group);
    WaitId addWait(WaitRecord wait, std::span<const TaskId> members);
    // The time and iteration from the next event on (ignored when unchanged). An
    // iteration number may come again: a loop run inside a callback runs iterations of
    // its own, after which the outer iteration goes on.
    void markTime(double time);
    bool markIteration(std::uint32_t iteration);
    // Appends printed text; returns its offset in output().
    std::uint64_t appendOutput(std::string_view bytes);
    // Appends an event and keeps the tables it names up to date (a task's created and
    // ended, a group's creation). False, appending nothing, if it names a task, wait,
    // string or cause that does not exist.
    bool append(const Event& event);

private:
    std::uint32_t iterationOfIndex(std::uint32_t index) const;

    std::vector<Event> events_;
    // Marks: the time changes at event timeFirst_[i] to timeValue_[i]. The i-th iteration
    // that has events begins at event iterationStarts_[i]; its number is one more than
    // the previous one's, except where iterationJumps_ holds (i, its number). Events in
    // [outside_[j].first, .second) are outside any loop. (Separate arrays: a mark per
    // clock jump and per iteration stays small.)
    std::vector<EventId> timeFirst_;
    std::vector<double> timeValue_;
    std::vector<EventId> iterationStarts_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> iterationJumps_;
    std::vector<std::pair<EventId, EventId>> outside_;
    std::uint32_t lastIteration_ = 0;
    bool inLoop_ = false;
    std::vector<TaskRecord> tasks_;
    std::vector<GroupRecord> groups_;
    std::vector<WaitRecord> waits_;
    std::vector<TaskId> members_;
    std::vector<EventId> renames_; // Rename events, in order
    std::string strings_;
    std::vector<std::uint32_t> stringStarts_;
    std::string output_;
};

} // namespace loopscope::trace
