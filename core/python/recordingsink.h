// An output sink that keeps a run's output and rebuilds its event record as the bytes
// come: what the app, the trace command and the tests hand to Worker::run.
#pragma once

#include "outputsink.h"

#include "trace/tracestream.h"

namespace loopscope::python {

class RecordingSink : public CollectingSink {
public:
    RecordingSink() : decoder_(trace) {}
    void record(std::string_view bytes) override { decoder_.feed(bytes); }
    // Empty unless the record's bytes were malformed.
    const std::string& recordError() const { return decoder_.error(); }

    trace::Trace trace;

private:
    trace::TraceDecoder decoder_;
};

} // namespace loopscope::python
