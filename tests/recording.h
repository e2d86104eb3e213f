// Recording a program's events from a test: runs it through a warm worker with the
// record on and hands back the trace (shared, as the app's views hold it), its output
// and how it ended; and reads the corpora's programs.
#pragma once

#include "python/recordingsink.h"
#include "python/worker.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

struct Recording {
    loopscope::python::RunOutcome outcome;
    std::shared_ptr<const loopscope::trace::Trace> trace;
    QByteArray out;
    QByteArray err;
};

inline Recording recordProgram(loopscope::python::Worker& worker, const QByteArray& source, bool lines = false,
                               const QString& path = QStringLiteral("/tmp/loopscope-test/program.py"))
{
    loopscope::python::RunRequest request;
    request.source = source.toStdString();
    request.path = path.toStdString();
    request.argv0 = request.path;
    request.record = true;
    request.recordLines = lines;
    loopscope::python::RecordingSink sink;
    Recording recording;
    recording.outcome = worker.run(request, sink);
    recording.out = QByteArray::fromStdString(sink.out);
    recording.err = QByteArray::fromStdString(sink.err);
    recording.trace = std::make_shared<const loopscope::trace::Trace>(std::move(sink.trace));
    return recording;
}

// A program of the corpora: `relative` to tests/ ("conformance/article/article_4_gather.py").
inline QByteArray corpusProgram(const QString& relative)
{
    QFile file(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
