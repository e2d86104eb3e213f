#include "tracejson.h"

#include "eventdescription.h"
#include "jsontext.h"

namespace loopscope::trace {

namespace {

// Appends `"key":` (after a comma unless it is the object's first member).
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
    ~JsonObject() { out_ += '}'; }
    JsonObject(const JsonObject&) = delete;
    JsonObject& operator=(const JsonObject&) = delete;

    std::string& key(const char* name)
    {
        if (!first_)
            out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += name;
        out_ += "\":";
        return out_;
    }
    void string(const char* name, std::string_view value) { appendJsonString(key(name), value); }
    void number(const char* name, double value) { appendJsonNumber(key(name), value); }
    void integer(const char* name, std::uint64_t value) { key(name) += std::to_string(value); }
    void boolean(const char* name, bool value) { key(name) += value ? "true" : "false"; }
    // An id, or null for "none".
    void id(const char* name, std::uint32_t value, std::uint32_t none)
    {
        if (value == none)
            key(name) += "null";
        else
            integer(name, value);
    }

private:
    std::string& out_;
    bool first_ = true;
};

const char* endName(const Trace& trace, const TaskRecord& task)
{
    return task.ended == kNoEvent ? nullptr : kindName(trace.event(task.ended).kind);
}

void writeTask(std::string& out, const Trace& trace, TaskId id)
{
    const TaskRecord& task = trace.task(id);
    JsonObject object(out);
    object.integer("id", id);
    object.string("name", trace.string(task.name));
    object.string("final_name", trace.finalName(id));
    object.string("coroutine", trace.string(task.coroutine));
    object.id("parent", task.parent, kNoTask);
    object.id("group", task.group, kNoGroup);
    object.integer("line", task.line);
    object.id("created", task.created, kNoEvent);
    object.id("ended", task.ended, kNoEvent);
    if (const char* end = endName(trace, task))
        object.string("end", end);
    else
        object.key("end") += "null";
}

void writeMembers(JsonObject& object, const Trace& trace, const WaitRecord& wait)
{
    std::string& out = object.key("tasks");
    out += '[';
    bool first = true;
    for (TaskId member : trace.members(wait)) {
        if (!first)
            out += ',';
        first = false;
        out += std::to_string(member);
    }
    out += ']';
    object.integer("others", wait.others);
}

void writeAwait(JsonObject& event, const Trace& trace, EventId id)
{
    const Event& suspend = trace.event(id);
    const auto kind = WaitKind(suspend.sub);
    JsonObject object(event.key("await"));
    object.string("kind", waitKindName(kind));
    object.string("label", waitLabel(trace, id));
    switch (kind) {
    case WaitKind::Sleep:
        object.number("until", suspend.when());
        break;
    case WaitKind::Task:
        object.integer("task", suspend.low());
        break;
    case WaitKind::Gather:
    case WaitKind::Wait:
    case WaitKind::WaitFor:
    case WaitKind::TaskGroup:
    case WaitKind::Shield: {
        if (suspend.low() >= trace.waits().size())
            break;
        const WaitRecord& wait = trace.waits()[suspend.low()];
        writeMembers(object, trace, wait);
        if (wait.timeout >= 0)
            object.number("timeout", wait.timeout);
        if (wait.returnWhen == ReturnWhen::AllCompleted)
            object.string("return_when", "ALL_COMPLETED");
        else if (wait.returnWhen == ReturnWhen::FirstCompleted)
            object.string("return_when", "FIRST_COMPLETED");
        else if (wait.returnWhen == ReturnWhen::FirstException)
            object.string("return_when", "FIRST_EXCEPTION");
        break;
    }
    default:
        break;
    }
}

void writeEvent(std::string& out, const Trace& trace, EventId id)
{
    const Event& event = trace.event(id);
    JsonObject object(out);
    object.integer("seq", id);
    object.number("time", trace.timeOf(id));
    object.integer("iteration", trace.iterationOf(id));
    object.string("kind", kindName(event.kind));
    object.id("task", event.task, kNoTask);
    object.id("cause", event.cause, kNoEvent);
    if (event.line > 0)
        object.integer("line", event.line);
    switch (event.kind) {
    case EventKind::Resume:
        object.string("why", resumeCauseName(ResumeCause(event.sub)));
        object.boolean("cancel_thrown", event.extra & kCancelThrown);
        object.id("queued", event.low(), kNoEvent);
        break;
    case EventKind::Suspend:
        writeAwait(object, trace, id);
        break;
    case EventKind::Cancel:
        object.id("by", event.low(), kNoTask);
        object.string("reason", cancelReasonName(CancelReason(event.sub)));
        if (event.high() != 0)
            object.string("message", trace.string(event.high()));
        break;
    case EventKind::Done:
        object.string("result", trace.string(event.low()));
        break;
    case EventKind::Failed:
        object.string("error", trace.string(event.low()));
        break;
    case EventKind::Cancelled:
        if (event.low() != 0)
            object.string("message", trace.string(event.low()));
        break;
    case EventKind::Timer:
        object.string("action", timerActionName(TimerAction(event.sub)));
        object.number("when", event.when());
        object.string("for", timerPurposeName(TimerPurpose(event.extra)));
        break;
    case EventKind::Callback:
        object.string("name", trace.string(event.low()));
        object.id("queued", event.high(), kNoEvent);
        break;
    case EventKind::Print:
        object.string("stream", event.sub == std::uint8_t(Stream::Stderr) ? "stderr" : "stdout");
        object.string("text", trace.printed(event));
        break;
    case EventKind::Rename:
        object.string("name", trace.string(event.low()));
        break;
    default:
        break;
    }
}

} // namespace

void writeJson(const Trace& trace, const RunSummary& run, std::string& out)
{
    JsonObject root(out);
    root.string("format", "loopscope-trace");
    root.integer("version", kJsonVersion);
    root.string("program", run.program);
    root.string("python", run.python);
    {
        JsonObject outcome(root.key("outcome"));
        outcome.string("end", run.end);
        if (run.end == "finished")
            outcome.integer("exit_status", std::uint64_t(run.exitStatus));
        if (!run.stopKind.empty())
            outcome.string("stop", run.stopKind);
        if (!run.message.empty())
            outcome.string("message", run.message);
    }
    std::string& tasks = root.key("tasks");
    tasks += '[';
    for (TaskId id = 1; id < trace.tasks().size(); ++id) {
        if (id > 1)
            tasks += ',';
        writeTask(tasks, trace, id);
    }
    tasks += ']';
    std::string& groups = root.key("groups");
    groups += '[';
    for (GroupId id = 1; id < trace.groups().size(); ++id) {
        const GroupRecord& group = trace.groups()[id];
        if (id > 1)
            groups += ',';
        JsonObject object(groups);
        object.integer("id", id);
        object.id("owner", group.owner, kNoTask);
        object.integer("line", group.line);
        object.id("created", group.created, kNoEvent);
    }
    groups += ']';
    std::string& events = root.key("events");
    events += "[\n";
    for (EventId id = 0; id < trace.size(); ++id) {
        if (id > 0)
            events += ",\n";
        writeEvent(events, trace, id);
    }
    events += "\n]";
    root.string("output", trace.output());
}

} // namespace loopscope::trace
