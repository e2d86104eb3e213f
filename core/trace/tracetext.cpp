#include "tracetext.h"

#include "eventdescription.h"

#include <cstdio>

namespace loopscope::trace {

namespace {

bool needsQuotes(std::string_view value)
{
    if (value.empty())
        return true;
    for (unsigned char c : value) {
        if (c <= ' ' || c == '"' || c == '\\' || c == '=' || c == 0x7f)
            return true;
    }
    return false;
}

void field(std::string& line, const char* key, std::string_view value)
{
    line += ' ';
    line += key;
    line += '=';
    line += quoteValue(value);
}

void lineField(std::string& line, const Event& event)
{
    if (event.line > 0)
        field(line, "line", std::to_string(event.line));
}

// by=<requester> reason=<why> [msg=...] of a Cancel event.
void cancelFields(std::string& line, const Trace& trace, EventId cancelId)
{
    const Event& cancel = trace.event(cancelId);
    field(line, "by", taskLabel(trace, cancel.low(), cancelId));
    field(line, "reason", cancelReasonName(CancelReason(cancel.sub)));
    if (cancel.high() != 0)
        field(line, "msg", trace.string(cancel.high()));
}

} // namespace

std::string quoteValue(std::string_view value)
{
    if (!needsQuotes(value))
        return std::string(value);
    std::string quoted = "\"";
    for (unsigned char c : value) {
        switch (c) {
        case '"': quoted += "\\\""; break;
        case '\\': quoted += "\\\\"; break;
        case '\n': quoted += "\\n"; break;
        case '\r': quoted += "\\r"; break;
        case '\t': quoted += "\\t"; break;
        default:
            if (c < ' ' || c == 0x7f) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\x%02x", c);
                quoted += escape;
            } else {
                quoted += char(c);
            }
        }
    }
    quoted += '"';
    return quoted;
}

std::string eventLine(const Trace& trace, EventId id)
{
    const Event& event = trace.event(id);
    std::string line = timeLabel(trace.timeOf(id));
    line += ' ';
    line += quoteValue(taskLabel(trace, event.task, id));
    line += ' ';
    line += kindName(event.kind);
    switch (event.kind) {
    case EventKind::Create: {
        const TaskRecord& task = trace.task(event.task);
        field(line, "coro", trace.string(task.coroutine));
        field(line, "parent", taskLabel(trace, task.parent, id));
        if (task.group != kNoGroup)
            field(line, "group", std::to_string(task.group));
        lineField(line, event);
        break;
    }
    case EventKind::Resume:
        field(line, "cause", causeLabel(trace, id));
        if (event.extra & kCancelThrown)
            field(line, "throw", "CancelledError");
        break;
    case EventKind::Suspend:
        field(line, "await", waitLabel(trace, id));
        lineField(line, event);
        break;
    case EventKind::Yield:
        lineField(line, event);
        break;
    case EventKind::Cancel:
        cancelFields(line, trace, id);
        lineField(line, event);
        break;
    case EventKind::Done:
        field(line, "result", trace.string(event.low()));
        break;
    case EventKind::Failed:
        field(line, "error", trace.string(event.low()));
        break;
    case EventKind::Cancelled:
        if (event.cause != kNoEvent && trace.event(event.cause).kind == EventKind::Cancel)
            cancelFields(line, trace, event.cause);
        else if (event.low() != 0)
            field(line, "msg", trace.string(event.low()));
        break;
    case EventKind::Timer:
        field(line, "action", timerActionName(TimerAction(event.sub)));
        field(line, "when", timeLabel(event.when()));
        field(line, "for", timerPurposeName(TimerPurpose(event.extra)));
        break;
    case EventKind::Callback:
        field(line, "name", trace.string(event.low()));
        field(line, "cause", causeLabel(trace, id));
        break;
    case EventKind::Print:
        field(line, "stream", event.sub == std::uint8_t(Stream::Stderr) ? "stderr" : "stdout");
        field(line, "text", trace.printed(event));
        lineField(line, event);
        break;
    case EventKind::Line:
        lineField(line, event);
        break;
    case EventKind::Rename:
        field(line, "name", trace.string(event.low()));
        break;
    case EventKind::Uncancel:
        break;
    }
    return line;
}

void writeText(const Trace& trace, std::string& out, const TextOptions& options)
{
    for (EventId id = 0; id < trace.size(); ++id) {
        if (!options.lines && trace.event(id).kind == EventKind::Line)
            continue;
        out += eventLine(trace, id);
        out += '\n';
    }
}

} // namespace loopscope::trace
