#include "trace.h"

#include <algorithm>

namespace loopscope::trace {

namespace {

template <typename T>
std::size_t heapBytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

Trace::Trace()
{
    tasks_.emplace_back();  // "no task"
    groups_.emplace_back(); // "no group"
    stringStarts_.push_back(0); // ""
}

double Trace::timeOf(EventId id) const
{
    // The last time mark at or before `id`.
    auto it = std::upper_bound(timeFirst_.begin(), timeFirst_.end(), id);
    return it == timeFirst_.begin() ? 0.0 : timeValue_[std::size_t(it - timeFirst_.begin()) - 1];
}

std::uint32_t Trace::iterationOf(EventId id) const
{
    auto outside = std::upper_bound(outside_.begin(), outside_.end(), std::make_pair(id, kNoEvent));
    if (outside != outside_.begin() && id < (outside - 1)->second)
        return 0;
    // The last iteration that began at or before `id`.
    auto it = std::upper_bound(iterationStarts_.begin(), iterationStarts_.end(), id);
    if (it == iterationStarts_.begin())
        return 0;
    return iterationOfIndex(std::uint32_t(it - iterationStarts_.begin()) - 1);
}

std::uint32_t Trace::iterationOfIndex(std::uint32_t index) const
{
    auto jump = std::upper_bound(iterationJumps_.begin(), iterationJumps_.end(),
                                 std::make_pair(index, ~std::uint32_t(0)));
    if (jump == iterationJumps_.begin())
        return index + 1;
    --jump;
    return jump->second + (index - jump->first);
}

std::string_view Trace::nameAt(TaskId id, EventId at) const
{
    if (id == kNoTask || id >= tasks_.size())
        return {};
    StringId name = tasks_[id].name;
    for (EventId rename : renames_) {
        if (at != kNoEvent && rename > at)
            break;
        if (events_[rename].task == id)
            name = events_[rename].low();
    }
    return string(name);
}

std::string_view Trace::string(StringId id) const
{
    if (id >= stringStarts_.size())
        return {};
    const std::size_t start = stringStarts_[id];
    const std::size_t end = id + 1 < stringStarts_.size() ? stringStarts_[id + 1] : strings_.size();
    return std::string_view(strings_).substr(start, end - start);
}

std::string_view Trace::printed(const Event& print) const
{
    if (print.kind != EventKind::Print || std::uint64_t(print.low()) + print.high() > output_.size())
        return {};
    return std::string_view(output_).substr(print.low(), print.high());
}

std::size_t Trace::memoryBytes() const
{
    return heapBytes(events_) + heapBytes(timeFirst_) + heapBytes(timeValue_) +
           heapBytes(iterationStarts_) + heapBytes(iterationJumps_) + heapBytes(outside_) +
           heapBytes(tasks_) +
           heapBytes(groups_) + heapBytes(waits_) + heapBytes(members_) + heapBytes(renames_) +
           strings_.capacity() + heapBytes(stringStarts_) + output_.capacity();
}

StringId Trace::addString(std::string_view text)
{
    stringStarts_.push_back(std::uint32_t(strings_.size()));
    strings_.append(text);
    return StringId(stringStarts_.size() - 1);
}

TaskId Trace::addTask(const TaskRecord& task)
{
    TaskRecord copy = task;
    copy.created = copy.ended = kNoEvent;
    tasks_.push_back(copy);
    return TaskId(tasks_.size() - 1);
}

GroupId Trace::addGroup(const GroupRecord& group)
{
    groups_.push_back(group);
    return GroupId(groups_.size() - 1);
}

WaitId Trace::addWait(WaitRecord wait, std::span<const TaskId> members)
{
    wait.first = std::uint32_t(members_.size());
    wait.count = std::uint32_t(members.size());
    members_.insert(members_.end(), members.begin(), members.end());
    waits_.push_back(wait);
    return WaitId(waits_.size() - 1);
}

void Trace::shrink()
{
    events_.shrink_to_fit();
    timeFirst_.shrink_to_fit();
    timeValue_.shrink_to_fit();
    iterationStarts_.shrink_to_fit();
    iterationJumps_.shrink_to_fit();
    outside_.shrink_to_fit();
    tasks_.shrink_to_fit();
    groups_.shrink_to_fit();
    waits_.shrink_to_fit();
    members_.shrink_to_fit();
    renames_.shrink_to_fit();
    strings_.shrink_to_fit();
    stringStarts_.shrink_to_fit();
    output_.shrink_to_fit();
}

void Trace::markTime(double time)
{
    const EventId next = EventId(events_.size());
    if (!timeValue_.empty() && timeValue_.back() == time)
        return;
    if (!timeFirst_.empty() && timeFirst_.back() == next) {
        timeValue_.back() = time;
        return;
    }
    if (timeValue_.empty() && time == 0.0)
        return; // the clock starts at 0
    timeFirst_.push_back(next);
    timeValue_.push_back(time);
}

bool Trace::markIteration(std::uint32_t iteration)
{
    const EventId next = EventId(events_.size());
    if (iteration == 0) {
        if (inLoop_)
            outside_.emplace_back(next, kNoEvent);
        inLoop_ = false;
        return true;
    }
    if (inLoop_ && iteration == lastIteration_)
        return true;
    if (!inLoop_ && !outside_.empty() && outside_.back().second == kNoEvent) {
        outside_.back().second = next;
        if (outside_.back().first == next)
            outside_.pop_back(); // no event outside the loops in between
    }
    inLoop_ = true;
    if (!iterationStarts_.empty() && iterationStarts_.back() == next) {
        // The previous iteration had no events: this one takes its place.
        if (!iterationJumps_.empty() && iterationJumps_.back().first == iterationStarts_.size() - 1)
            iterationJumps_.pop_back();
        iterationStarts_.pop_back();
    }
    const auto index = std::uint32_t(iterationStarts_.size());
    iterationStarts_.push_back(next);
    const std::uint32_t expected = index == 0 ? 1 : iterationOfIndex(index - 1) + 1;
    if (iteration != expected)
        iterationJumps_.emplace_back(index, iteration);
    lastIteration_ = iteration;
    return true;
}

std::uint64_t Trace::appendOutput(std::string_view bytes)
{
    const std::uint64_t offset = output_.size();
    output_.append(bytes);
    return offset;
}

bool Trace::append(const Event& event)
{
    const EventId id = EventId(events_.size());
    if (id == kNoEvent)
        return false;
    if (event.task >= tasks_.size() || (event.cause != kNoEvent && event.cause >= id) ||
        std::uint8_t(event.kind) >= kEventKindCount)
        return false;
    const std::size_t strings = stringStarts_.size();
    TaskRecord& task = tasks_[event.task];
    switch (event.kind) {
    case EventKind::Create:
        if (event.task == kNoTask || task.created != kNoEvent)
            return false;
        task.created = id;
        if (task.group != kNoGroup && task.group < groups_.size() &&
            groups_[task.group].created == kNoEvent)
            groups_[task.group].created = id;
        break;
    case EventKind::Suspend: {
        const auto wait = WaitKind(event.sub);
        if (event.sub >= kWaitKindCount)
            return false;
        if (wait == WaitKind::Task && event.low() >= tasks_.size())
            return false;
        if ((wait == WaitKind::Gather || wait == WaitKind::Wait || wait == WaitKind::WaitFor ||
             wait == WaitKind::TaskGroup) &&
            event.low() >= waits_.size())
            return false;
        break;
    }
    case EventKind::Cancel:
        if (event.low() >= tasks_.size() || event.high() >= strings)
            return false;
        break;
    case EventKind::Done:
    case EventKind::Failed:
    case EventKind::Cancelled:
        if (event.low() >= strings || event.task == kNoTask)
            return false;
        if (task.ended == kNoEvent)
            task.ended = id;
        break;
    case EventKind::Callback:
    case EventKind::Rename:
        if (event.low() >= strings)
            return false;
        if (event.kind == EventKind::Rename)
            renames_.push_back(id);
        break;
    case EventKind::Print:
        if (std::uint64_t(event.low()) + event.high() > output_.size())
            return false;
        break;
    default:
        break;
    }
    events_.push_back(event);
    return true;
}

} // namespace loopscope::trace
