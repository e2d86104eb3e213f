#include "tracecommand.h"

#include "programrequest.h"

#include "python/recordingsink.h"
#include "python/worker.h"
#include "trace/tracechrome.h"
#include "trace/tracejson.h"
#include "trace/tracetext.h"

#include <iostream>

namespace loopscope::app {

namespace {

trace::RunSummary summaryOf(const python::RunRequest& request, const python::Worker& worker,
                            const python::RunOutcome& outcome)
{
    trace::RunSummary run;
    run.program = request.path;
    run.python = worker.pythonVersion();
    switch (outcome.end) {
    case python::RunEnd::Finished:
        run.end = "finished";
        run.exitStatus = outcome.exitStatus;
        break;
    case python::RunEnd::Stopped:
        run.end = "stopped";
        run.stopKind = outcome.stopKind;
        run.message = outcome.message;
        break;
    case python::RunEnd::Crashed:
        run.end = "crashed";
        run.message = outcome.message;
        break;
    }
    return run;
}

// The text format's last line: how the run ended.
std::string outcomeLine(const trace::RunSummary& run)
{
    if (run.end == "finished")
        return "# exit " + std::to_string(run.exitStatus) + "\n";
    if (run.end == "stopped")
        return "# stopped " + run.stopKind + "\n";
    return "# crashed\n";
}

} // namespace

int traceCommand(const CommandLine& commandLine)
{
    python::RunRequest request;
    std::string error;
    if (!programRequest(commandLine, request, error)) {
        std::cerr << "loopscope: " << error << "\n";
        return 2;
    }
    request.record = true;
    request.recordLines = commandLine.lines;
    // The program's own output is in the record (its Print events).
    python::RecordingSink sink;
    python::Worker worker;
    const python::RunOutcome outcome = worker.run(request, sink);
    if (!sink.recordError().empty())
        std::cerr << "loopscope: the event record is damaged: " << sink.recordError() << "\n";

    const trace::RunSummary run = summaryOf(request, worker, outcome);
    std::string text;
    switch (commandLine.format) {
    case TraceFormat::Text: {
        trace::TextOptions options;
        options.lines = commandLine.lines;
        trace::writeText(sink.trace, text, options);
        text += outcomeLine(run);
        break;
    }
    case TraceFormat::Json:
        trace::writeJson(sink.trace, run, text);
        text += '\n';
        break;
    case TraceFormat::Chrome:
        trace::writeChrome(sink.trace, run, text);
        break;
    }
    writeFully(1, text);
    return exitStatusOf(outcome);
}

} // namespace loopscope::app
