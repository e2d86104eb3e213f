// One program run and recorded into a RunResult, for what needs no RunController: the
// export and lessons commands and the tests.
#pragma once

#include "runresult.h"

#include "python/runrequest.h"
#include "python/worker.h"

#include <memory>

namespace loopscope::ui {

// Runs `request` (its record is turned on) and builds the timeline from it.
std::shared_ptr<RunResult> recordedRun(python::Worker& worker, python::RunRequest request);

// The same for a program's text, run as the file `path` with the default limits.
std::shared_ptr<RunResult> recordedRun(python::Worker& worker, const QString& source, const QString& path,
                                       bool lines = false);

} // namespace loopscope::ui
