// Where a run's output goes as the worker produces it: the command line writes it to its
// own stdout and stderr, the app keeps it beside the trace, the tests collect it.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::python {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual void standardOutput(std::string_view bytes) = 0;
    virtual void standardError(std::string_view bytes) = 0;
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
