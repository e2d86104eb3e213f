#include "tracestream.h"

#include <cstring>

namespace loopscope::trace {

namespace {

// Record tags.
enum Tag : char {
    kString = 'S',    // u32 length, bytes
    kTask = 'T',      // u32 name, coroutine, parent, group, line
    kGroup = 'G',     // u32 owner, line
    kWait = 'W',      // u8 kind, u8 returnWhen, f64 timeout, u32 others, u32 count, count x u32
    kOutput = 'O',    // u32 length, bytes
    kTime = 'C',      // f64
    kIteration = 'I', // u32
    kEvent = 'E',     // the 24-byte Event
};

class Cursor {
public:
    explicit Cursor(std::string_view data) : data_(data) {}
    bool u8(std::uint8_t& value) { return raw(&value, 1); }
    bool u32(std::uint32_t& value) { return raw(&value, 4); }
    bool f64(double& value) { return raw(&value, 8); }
    bool bytes(std::size_t size, std::string_view& value)
    {
        if (data_.size() - used_ < size)
            return false;
        value = data_.substr(used_, size);
        used_ += size;
        return true;
    }
    bool raw(void* target, std::size_t size)
    {
        if (data_.size() - used_ < size)
            return false;
        if (size > 0)
            std::memcpy(target, data_.data() + used_, size);
        used_ += size;
        return true;
    }
    std::size_t used() const { return used_; }

private:
    std::string_view data_;
    std::size_t used_ = 0;
};

// Records larger than this are malformed (a string or output chunk, a wait's members).
constexpr std::uint32_t kMaxRecordPart = 64u << 20;

} // namespace

// ---- encoder ------------------------------------------------------------------------

void TraceEncoder::putU32(std::uint32_t value)
{
    buffer_.append(reinterpret_cast<const char*>(&value), 4);
}

void TraceEncoder::putF64(double value)
{
    buffer_.append(reinterpret_cast<const char*>(&value), 8);
}

StringId TraceEncoder::intern(std::string_view text)
{
    std::string cut;
    if (text.size() > kMaxString) {
        std::size_t end = kMaxString - 3;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80)
            --end; // not inside a UTF-8 sequence
        cut = std::string(text.substr(0, end)) + "...";
        text = cut;
    }
    auto [it, added] = strings_.try_emplace(std::string(text), nextString_);
    if (!added)
        return it->second;
    buffer_.push_back(kString);
    putU32(std::uint32_t(text.size()));
    buffer_.append(text);
    return nextString_++;
}

TaskId TraceEncoder::addTask(const TaskRecord& task)
{
    buffer_.push_back(kTask);
    putU32(task.name);
    putU32(task.coroutine);
    putU32(task.parent);
    putU32(task.group);
    putU32(task.line);
    return nextTask_++;
}

GroupId TraceEncoder::addGroup(const GroupRecord& group)
{
    buffer_.push_back(kGroup);
    putU32(group.owner);
    putU32(group.line);
    return nextGroup_++;
}

WaitId TraceEncoder::addWait(const WaitRecord& wait, std::span<const TaskId> members)
{
    const std::size_t over = members.size() > kMaxMembers ? members.size() - kMaxMembers : 0;
    members = members.first(members.size() - over);
    buffer_.push_back(kWait);
    buffer_.push_back(char(wait.kind));
    buffer_.push_back(char(wait.returnWhen));
    putF64(wait.timeout);
    putU32(std::uint32_t(wait.others + over));
    putU32(std::uint32_t(members.size()));
    for (TaskId member : members)
        putU32(member);
    return nextWait_++;
}

std::uint64_t TraceEncoder::addOutput(std::string_view bytes)
{
    buffer_.push_back(kOutput);
    putU32(std::uint32_t(bytes.size()));
    buffer_.append(bytes);
    const std::uint64_t offset = output_;
    output_ += bytes.size();
    return offset;
}

EventId TraceEncoder::append(const Event& event, double time, std::uint32_t iteration)
{
    if (!marked_ || time != time_) {
        buffer_.push_back(kTime);
        putF64(time);
        time_ = time;
    }
    if (!marked_ || iteration != iteration_) {
        buffer_.push_back(kIteration);
        putU32(iteration);
        iteration_ = iteration;
    }
    marked_ = true;
    buffer_.push_back(kEvent);
    buffer_.append(reinterpret_cast<const char*>(&event), sizeof event);
    return events_++;
}

// ---- decoder ------------------------------------------------------------------------

long TraceDecoder::decodeOne(std::string_view data)
{
    Cursor in(data.substr(1));
    bool complete = false;
    bool valid = true;
    switch (data[0]) {
    case kString:
    case kOutput: {
        std::uint32_t size;
        std::string_view text;
        if (!in.u32(size))
            break;
        if (size > kMaxRecordPart) {
            valid = false;
            break;
        }
        if (!in.bytes(size, text))
            break;
        complete = true;
        if (data[0] == kString)
            trace_.addString(text);
        else
            trace_.appendOutput(text);
        break;
    }
    case kTask: {
        TaskRecord task;
        complete = in.u32(task.name) && in.u32(task.coroutine) && in.u32(task.parent) &&
                   in.u32(task.group) && in.u32(task.line);
        if (complete) {
            valid = task.name < trace_.stringCount() && task.coroutine < trace_.stringCount() &&
                    task.parent < trace_.tasks().size() && task.group < trace_.groups().size();
            if (valid)
                trace_.addTask(task);
        }
        break;
    }
    case kGroup: {
        GroupRecord group;
        complete = in.u32(group.owner) && in.u32(group.line);
        if (complete) {
            valid = group.owner < trace_.tasks().size();
            if (valid)
                trace_.addGroup(group);
        }
        break;
    }
    case kWait: {
        std::uint8_t kind, returnWhen;
        WaitRecord wait;
        std::uint32_t count;
        if (!(in.u8(kind) && in.u8(returnWhen) && in.f64(wait.timeout) && in.u32(wait.others) &&
              in.u32(count)))
            break;
        if (count > kMaxRecordPart / 4 || kind >= kWaitKindCount || returnWhen > 3) {
            valid = false;
            break;
        }
        std::vector<TaskId> members(count);
        if (!in.raw(members.data(), std::size_t(count) * 4))
            break;
        complete = true;
        for (TaskId member : members)
            valid = valid && member < trace_.tasks().size();
        wait.kind = WaitKind(kind);
        wait.returnWhen = ReturnWhen(returnWhen);
        if (valid)
            trace_.addWait(wait, members);
        break;
    }
    case kTime: {
        double time;
        complete = in.f64(time);
        if (complete)
            trace_.markTime(time);
        break;
    }
    case kIteration: {
        std::uint32_t iteration;
        complete = in.u32(iteration);
        if (complete)
            valid = trace_.markIteration(iteration);
        break;
    }
    case kEvent: {
        Event event;
        complete = in.raw(&event, sizeof event);
        if (complete)
            valid = trace_.append(event);
        break;
    }
    default:
        valid = false;
    }
    if (!valid)
        return -1;
    return complete ? long(in.used() + 1) : 0;
}

bool TraceDecoder::feed(std::string_view bytes)
{
    if (!error_.empty())
        return false;
    std::string_view data = bytes;
    if (!pending_.empty()) {
        pending_.append(bytes);
        data = pending_;
    }
    std::size_t done = 0;
    while (done < data.size()) {
        const long used = decodeOne(data.substr(done));
        if (used < 0) {
            error_ = "malformed event record at byte " + std::to_string(done);
            pending_.clear();
            return false;
        }
        if (used == 0)
            break;
        done += std::size_t(used);
    }
    // Keep what is not decoded yet (a record cut in two), copying only what is new: a
    // long record arriving in many reads is not copied again at each.
    if (pending_.empty())
        pending_.assign(data.substr(done));
    else if (done > 0)
        pending_.erase(0, done);
    return true;
}

} // namespace loopscope::trace
