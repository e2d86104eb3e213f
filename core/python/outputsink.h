// Where a run's output goes as the worker produces it: the command line writes it to its
// own stdout and stderr, the app keeps it beside the trace, the tests collect it; and
// the event record, for runs that record one.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::python {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual void standardOutput(std::string_view bytes) = 0;
    virtual void standardError(std::string_view bytes) = 0;
    // The event record's bytes, as they come (trace::TraceDecoder reads them); only for a
    // run that asked for it.
    virtual void record(std::string_view bytes) { (void)bytes; }
};

// Keeps everything in memory.
class CollectingSink : public OutputSink {
public:
    void standardOutput(std::string_view bytes) override { out.append(bytes); }
    void standardError(std::string_view bytes) override { err.append(bytes); }
    std::string out;
    std::string err;
};

} // namespace loopscope::python
