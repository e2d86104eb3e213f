// Running a program through a warm worker from a test: the source, what it printed and
// how it ended, in one call.
#pragma once

#include "python/worker.h"

#include <QByteArray>
#include <QString>

struct ProgramResult {
    loopscope::python::RunOutcome outcome;
    QByteArray out;
    QByteArray err;
};

inline ProgramResult runProgram(loopscope::python::Worker& worker, const QByteArray& source,
                                const loopscope::python::Limits& limits = {},
                                const QString& path = QStringLiteral("/tmp/loopscope-test/program.py"),
                                qint64 seed = 0)
{
    loopscope::python::RunRequest request;
    request.source = source.toStdString();
    request.path = path.toStdString();
    request.argv0 = request.path;
    request.seed = seed;
    request.limits = limits;
    loopscope::python::CollectingSink sink;
    ProgramResult result;
    result.outcome = worker.run(request, sink);
    result.out = QByteArray::fromStdString(sink.out);
    result.err = QByteArray::fromStdString(sink.err);
    return result;
}
