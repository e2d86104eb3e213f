// Every program of the conformance corpora run with its event record on: it behaves
// exactly as CPython (NAME.expected), the first three fields of its create, resume,
// suspend, yield, cancel, done, failed and cancelled events are those CPython's own
// tasks give when instrumented the same way (NAME.trace), every cause in the record is an
// earlier event of a kind that can make it happen, and the JSON and Chrome writers give
// documents that parse and hold every task and event.
#include "causerules.h"
#include "expectedoutcome.h"

#include "python/recordingsink.h"
#include "python/worker.h"
#include "trace/eventdescription.h"
#include "trace/tracechrome.h"
#include "trace/tracejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace loopscope;

class tst_TraceConformance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordMatchesCPython_data();
    void recordMatchesCPython();

private:
    python::Worker worker_;
};

namespace {

// The fields CPython's instrumented tasks give: `<time> <task> <kind>` for the kinds of
// events a task's life is made of.
QByteArray projection(const trace::Trace& record)
{
    using trace::EventKind;
    QByteArray lines;
    for (trace::EventId id = 0; id < record.size(); ++id) {
        const trace::Event& event = record.event(id);
        switch (event.kind) {
        case EventKind::Create:
        case EventKind::Resume:
        case EventKind::Suspend:
        case EventKind::Yield:
        case EventKind::Cancel:
        case EventKind::Done:
        case EventKind::Failed:
        case EventKind::Cancelled:
            lines += QByteArray::fromStdString(trace::timeLabel(record.timeOf(id))) + ' ' +
                     QByteArray::fromStdString(trace::taskLabel(record, event.task, id)) + ' ' +
                     trace::kindName(event.kind) + '\n';
            break;
        default:
            break;
        }
    }
    return lines;
}

} // namespace

void tst_TraceConformance::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_TraceConformance::recordMatchesCPython_data()
{
    QTest::addColumn<QString>("program");
    const QString root = QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/conformance/");
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    found.sort();
    for (const QString& program : found)
        QTest::newRow(QString(program).remove(root).toUtf8().constData()) << program;
}

void tst_TraceConformance::recordMatchesCPython()
{
    QFETCH(QString, program);
    const QString stem = program.chopped(3);
    QList<ExpectedVariant> outcomes;
    QList<QByteArray> traces;
    QString error;
    QVERIFY2(readExpected(stem + QStringLiteral(".expected"), outcomes, error), qPrintable(error));
    QVERIFY2(readExpectedTrace(stem + QStringLiteral(".trace"), traces, error), qPrintable(error));

    QFile file(program);
    QVERIFY(file.open(QIODevice::ReadOnly));
    python::RunRequest request;
    request.source = file.readAll().toStdString();
    request.path = program.toStdString();
    request.argv0 = request.path;
    request.record = true;
    python::RecordingSink sink;
    const python::RunOutcome outcome = worker_.run(request, sink);
    QVERIFY2(sink.recordError().empty(), sink.recordError().c_str());

    // Recording changes nothing the program does.
    const QByteArray path = program.toUtf8();
    const QByteArray out = normaliseOutput(QByteArray::fromStdString(sink.out), path);
    const QByteArray err = normaliseError(QByteArray::fromStdString(sink.err), path);
    const bool deadlock = outcome.end == python::RunEnd::Stopped && outcome.stopKind == "deadlock";
    QVERIFY2(outcome.end == python::RunEnd::Finished || deadlock, outcome.message.c_str());
    const int status = deadlock ? 3 : outcome.exitStatus;
    bool sameOutcome = false;
    for (const ExpectedVariant& variant : outcomes) {
        const int expected = variant.exitStatus < 0 ? 128 - variant.exitStatus : variant.exitStatus;
        sameOutcome = sameOutcome || (expected == status && variant.out == out &&
                                      (deadlock || variant.err == err));
    }
    QVERIFY2(sameOutcome, qPrintable(QStringLiteral("with the record on, the run differs from CPython:\n") +
                                     firstDifference(outcomes.first().out, out)));

#ifdef LOOPSCOPE_SANITIZED
    // The worker writes the record out from its own _exit, which AddressSanitizer's
    // interceptor of _exit replaces: under it, os._exit loses the record.
    if (request.source.find("os._exit") != std::string::npos)
        QSKIP("AddressSanitizer intercepts _exit");
#endif
    const QByteArray lines = projection(sink.trace);
    if (!traces.contains(lines))
        QFAIL(qPrintable(QStringLiteral("the record differs from CPython's (%1 variant(s)); against the first, ")
                             .arg(traces.size()) +
                         firstDifference(traces.first(), lines)));

    const QString causes = checkCauses(sink.trace);
    QVERIFY2(causes.isEmpty(), qPrintable(causes));

    trace::RunSummary run;
    run.program = request.path;
    run.end = "finished";
    std::string json;
    trace::writeJson(sink.trace, run, json);
    QJsonParseError parsed;
    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(json), &parsed).object();
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
    QCOMPARE(std::size_t(root[QStringLiteral("events")].toArray().size()), sink.trace.size());
    QCOMPARE(std::size_t(root[QStringLiteral("tasks")].toArray().size()), sink.trace.taskCount());
    std::string chrome;
    trace::writeChrome(sink.trace, run, chrome);
    const QJsonObject perfetto = QJsonDocument::fromJson(QByteArray::fromStdString(chrome), &parsed).object();
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
    std::size_t threads = 0;
    for (const QJsonValue& entry : perfetto[QStringLiteral("traceEvents")].toArray())
        threads += entry.toObject()[QStringLiteral("name")].toString() == QLatin1String("thread_name");
    QCOMPARE(threads, sink.trace.taskCount() + 1); // and the event loop's
}

QTEST_GUILESS_MAIN(tst_TraceConformance)
#include "tst_traceconformance.moc"
