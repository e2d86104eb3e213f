// Where a run went wrong in the learner's program, for the code view to underline: the
// line and column CPython's traceback points at in the program's own file (the caret
// under a SyntaxError, the `~~^^^` under a failing expression), the traceback's last
// line as the message; or, for a run the engine stopped, the line it was at.
#pragma once

#include "runresult.h"

#include <QString>

#include <string_view>

namespace loopscope::ui {

struct ErrorLocation {
    int line = 0;   // 1-based; 0 when the program's file is not in the traceback
    int column = 0; // 1-based; 0 for the whole line
    int length = 0; // characters the traceback marks (0: to the token's end)
    QString message; // "SyntaxError: '(' was never closed", "stopped: ..."
    QString kind;    // "syntax", "runtime", "sandbox", "limit", "crash"

    bool isError() const { return !message.isEmpty(); }

    // Reads a traceback as CPython prints it (the last one in `standardError`) for the
    // frames of `path`; `source` maps the shown, stripped line back to its columns.
    static ErrorLocation fromTraceback(std::string_view standardError, std::string_view path,
                                       std::string_view source);
    // What went wrong in a run, if anything: an uncaught exception (exit status not 0),
    // a stop at a limit, a crash.
    static ErrorLocation of(const RunResult& result);
};

} // namespace loopscope::ui
