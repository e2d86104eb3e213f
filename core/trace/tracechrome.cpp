#include "tracechrome.h"

#include "eventdescription.h"
#include "jsontext.h"

#include <algorithm>
#include <vector>

namespace loopscope::trace {

namespace {

constexpr int kLoopThread = 0;

class ChromeWriter {
public:
    ChromeWriter(const Trace& trace, std::string& out) : trace_(trace), out_(out) {}

    void write(const RunSummary& run);

private:
    void begin(const char* phase, const std::string& name, std::uint32_t thread, double ts)
    {
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_ += "{\"ph\":\"";
        out_ += phase;
        out_ += "\",\"pid\":1,\"tid\":";
        out_ += std::to_string(thread);
        out_ += ",\"ts\":";
        appendJsonNumber(out_, ts);
        out_ += ",\"name\":";
        appendJsonString(out_, name);
    }
    void metadata(const char* what, std::uint32_t thread, const std::string& key, const std::string& value)
    {
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_ += "{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(thread) + ",\"name\":\"" + what +
                "\",\"args\":{\"" + key + "\":" + value + "}}";
    }
    void slice(const std::string& name, std::uint32_t thread, double from, double to,
               const std::string& detail = {})
    {
        begin("X", name, thread, from);
        out_ += ",\"dur\":";
        appendJsonNumber(out_, std::max(to - from, 0.5));
        if (!detail.empty()) {
            out_ += ",\"args\":{\"detail\":";
            appendJsonString(out_, detail);
            out_ += '}';
        }
        out_ += '}';
    }
    void instant(const std::string& name, std::uint32_t thread, double ts, const std::string& detail = {})
    {
        begin("i", name, thread, ts);
        out_ += ",\"s\":\"t\"";
        if (!detail.empty()) {
            out_ += ",\"args\":{\"detail\":";
            appendJsonString(out_, detail);
            out_ += '}';
        }
        out_ += '}';
    }
    void flow(EventId from, EventId to)
    {
        const std::string id = std::to_string(to);
        begin("s", "wakes", threadOf(from), ts_[from]);
        out_ += ",\"cat\":\"cause\",\"id\":" + id + "}";
        begin("f", "wakes", threadOf(to), ts_[to]);
        out_ += ",\"cat\":\"cause\",\"bp\":\"e\",\"id\":" + id + "}";
    }
    std::uint32_t threadOf(EventId id) const
    {
        const Event& event = trace_.event(id);
        return event.kind == EventKind::Timer || event.kind == EventKind::Callback ? kLoopThread : event.task;
    }

    const Trace& trace_;
    std::string& out_;
    bool first_ = true;
    std::vector<double> ts_;
};

void ChromeWriter::write(const RunSummary& run)
{
    // Virtual microseconds, one apart at least: the order at one instant stays visible.
    ts_.resize(trace_.size());
    double previous = -1;
    for (EventId id = 0; id < trace_.size(); ++id) {
        previous = std::max(trace_.timeOf(id) * 1e6, previous + 1);
        ts_[id] = previous;
    }

    out_ += "{\"traceEvents\":[";
    std::string processName;
    appendJsonString(processName, run.program.empty() ? "asyncio program" : run.program);
    metadata("process_name", 0, "name", processName);
    metadata("thread_name", kLoopThread, "name", "\"event loop\"");
    metadata("thread_sort_index", kLoopThread, "sort_index", "0");
    for (TaskId id = 1; id < trace_.tasks().size(); ++id) {
        std::string name;
        appendJsonString(name, std::string(trace_.finalName(id)) + " " +
                                   std::string(trace_.string(trace_.task(id).coroutine)) + "()");
        metadata("thread_name", id, "name", name);
        metadata("thread_sort_index", id, "sort_index", std::to_string(id));
    }

    std::vector<EventId> stepStart(trace_.tasks().size(), kNoEvent);
    std::vector<EventId> waitStart(trace_.tasks().size(), kNoEvent);
    for (EventId id = 0; id < trace_.size(); ++id) {
        const Event& event = trace_.event(id);
        const TaskId task = event.task;
        switch (event.kind) {
        case EventKind::Create:
            instant("created", task, ts_[id], "by " + taskLabel(trace_, trace_.task(task).parent, id));
            break;
        case EventKind::Resume:
            if (waitStart[task] != kNoEvent)
                slice("await " + waitLabel(trace_, waitStart[task]), task, ts_[waitStart[task]], ts_[id]);
            waitStart[task] = kNoEvent;
            stepStart[task] = id;
            if (event.cause != kNoEvent && ResumeCause(event.sub) == ResumeCause::Wakeup)
                flow(event.cause, id);
            break;
        case EventKind::Suspend:
        case EventKind::Yield:
        case EventKind::Done:
        case EventKind::Failed:
        case EventKind::Cancelled: {
            const EventId start = stepStart[task];
            stepStart[task] = kNoEvent;
            std::string detail = "cause " + (start != kNoEvent ? causeLabel(trace_, start) : "-");
            slice("step", task, start != kNoEvent ? ts_[start] : ts_[id], ts_[id], detail);
            if (event.kind == EventKind::Suspend)
                waitStart[task] = id;
            else if (event.kind != EventKind::Yield)
                instant(kindName(event.kind), task, ts_[id],
                        event.kind == EventKind::Cancelled ? std::string() : std::string(trace_.string(event.low())));
            break;
        }
        case EventKind::Cancel:
            instant("cancel", task, ts_[id],
                    "by " + taskLabel(trace_, event.low(), id) + " (" +
                        cancelReasonName(CancelReason(event.sub)) + ")");
            break;
        case EventKind::Timer:
            slice(std::string("timer ") + timerActionName(TimerAction(event.sub)), kLoopThread, ts_[id],
                  ts_[id] + 0.5, "when " + timeLabel(event.when()) + " for " + timerPurposeName(TimerPurpose(event.extra)));
            break;
        case EventKind::Callback:
            slice(std::string(trace_.string(event.low())), kLoopThread, ts_[id], ts_[id] + 0.5);
            break;
        case EventKind::Print:
            instant("print", task, ts_[id], std::string(trace_.printed(event)));
            break;
        case EventKind::Rename:
            instant("renamed", task, ts_[id], std::string(trace_.string(event.low())));
            break;
        case EventKind::Uncancel:
            instant("uncancel", task, ts_[id]);
            break;
        case EventKind::Line:
            break;
        }
    }
    out_ += "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"format\":\"loopscope-chrome\",\"program\":";
    appendJsonString(out_, run.program);
    out_ += ",\"end\":";
    appendJsonString(out_, run.end);
    out_ += "}}\n";
}

} // namespace

void writeChrome(const Trace& trace, const RunSummary& run, std::string& out)
{
    ChromeWriter(trace, out).write(run);
}

} // namespace loopscope::trace
