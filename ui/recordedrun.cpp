#include "recordedrun.h"

#include "python/recordingsink.h"

namespace loopscope::ui {

std::shared_ptr<RunResult> recordedRun(python::Worker& worker, python::RunRequest request)
{
    request.record = true;
    auto result = std::make_shared<RunResult>();
    result->source = QString::fromStdString(request.source);
    result->path = QString::fromStdString(request.path);
    python::RecordingSink sink;
    result->outcome = worker.run(request, sink);
    result->standardError = std::move(sink.err);
    result->recordError = sink.recordError();
    sink.trace.shrink();
    auto trace = std::make_shared<const trace::Trace>(std::move(sink.trace));
    result->model = std::make_shared<const TimelineModel>(trace);
    result->lines = std::make_shared<const TaskLineIndex>(*trace);
    result->trace = std::move(trace);
    return result;
}

std::shared_ptr<RunResult> recordedRun(python::Worker& worker, const QString& source, const QString& path, bool lines)
{
    python::RunRequest request;
    request.source = source.toStdString();
    request.path = path.toStdString();
    request.argv0 = request.path;
    request.recordLines = lines;
    return recordedRun(worker, request);
}

} // namespace loopscope::ui
