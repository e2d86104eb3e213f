// The event record as a byte stream, from the worker that runs the program to the client
// that keeps the Trace: the encoder interns strings and writes only what changed (a new
// string, task, group or wait before the event that names it; a time or iteration mark
// where it changes), the decoder rebuilds the Trace from any split of the bytes. Both
// ends are the same build, so records are native-endian and unversioned.
#pragma once

#include "trace.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace loopscope::trace {

class TraceEncoder {
public:
    // Longer strings are cut (at a UTF-8 boundary, "..." added): names, messages and
    // reprs are labels. Output is not: addOutput takes any length in pieces.
    static constexpr std::size_t kMaxString = 4096;
    // A wait names at most this many tasks (the rest count as `others`).
    static constexpr std::size_t kMaxMembers = 1u << 20;
    // An output record holds at most this much; longer output is several Print events.
    static constexpr std::size_t kMaxOutput = 1u << 20;

    StringId intern(std::string_view text);
    TaskId addTask(const TaskRecord& task);
    GroupId addGroup(const GroupRecord& group);
    WaitId addWait(const WaitRecord& wait, std::span<const TaskId> members);
    // Appends printed text to the trace's output; returns its offset there.
    std::uint64_t addOutput(std::string_view bytes);

    // Records an event at virtual time `time` in loop iteration `iteration`.
    EventId append(const Event& event, double time, std::uint32_t iteration);

    EventId nextEvent() const { return events_; }
    std::uint64_t outputSize() const { return output_; }

    // The bytes encoded since the last call.
    std::string take() { return std::exchange(buffer_, std::string()); }
    // The same without giving the buffer away: look at the bytes, then drop them (the
    // buffer keeps its memory, warm for what comes next).
    std::string_view pendingBytes() const { return buffer_; }
    void dropPending() { buffer_.clear(); }
    std::size_t pending() const { return buffer_.size(); }

private:
    void putU32(std::uint32_t value);
    void putF64(double value);

    std::string buffer_;
    std::unordered_map<std::string, StringId> strings_{{std::string(), 0}};
    StringId nextString_ = 1;
    TaskId nextTask_ = 1;
    GroupId nextGroup_ = 1;
    WaitId nextWait_ = 0;
    EventId events_ = 0;
    std::uint64_t output_ = 0;
    double time_ = 0.0;
    std::uint32_t iteration_ = 0;
    bool marked_ = false;
};

class TraceDecoder {
public:
    explicit TraceDecoder(Trace& trace) : trace_(trace) {}

    // Decodes what `bytes` completes; false once the stream is malformed (then error()).
    bool feed(std::string_view bytes);
    // True if the stream ended on a record boundary.
    bool atBoundary() const { return pending_.empty(); }
    const std::string& error() const { return error_; }

private:
    // Decodes one record from `data`; returns its size, 0 if incomplete, -1 if malformed.
    long decodeOne(std::string_view data);

    Trace& trace_;
    std::string pending_;
    std::string error_;
};

} // namespace loopscope::trace
