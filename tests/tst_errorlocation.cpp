// Where the code view underlines an error: the line and column CPython's traceback
// points at in the learner's file, read from real runs (syntax errors, failing
// expressions, sandbox refusals, chained exceptions, a limit reached).
#include "recording.h"

#include "errorlocation.h"

#include <QtTest>

using namespace loopscope;

namespace {

const QString kPath = QStringLiteral("/tmp/loopscope-test/program.py");

ui::RunResult resultOf(const Recording& recording, const QByteArray& source)
{
    ui::RunResult result;
    result.source = QString::fromUtf8(source);
    result.path = kPath;
    result.outcome = recording.outcome;
    result.trace = recording.trace;
    result.standardError = recording.err.toStdString();
    return result;
}

} // namespace

class tst_ErrorLocation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void locatesErrors_data();
    void locatesErrors();
    void cleanRunHasNoError();
    void limitStopsAtTheLastLine();

private:
    python::Worker worker_;
};

void tst_ErrorLocation::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_ErrorLocation::locatesErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind");

    QTest::newRow("unclosed bracket") << QByteArray("import asyncio\n\nasync def main():\n    x = (1 +\n    if x:\n        pass\n")
                                      << 4 << 9 << QStringLiteral("SyntaxError: '(' was never closed")
                                      << QStringLiteral("syntax");
    QTest::newRow("bad indentation") << QByteArray("import asyncio\nasync def main():\n  pass\n    return 1\n") << 4 << 0
                                     << QStringLiteral("IndentationError: unexpected indent") << QStringLiteral("syntax");
    QTest::newRow("missing key in a task")
        << QByteArray("import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    d = {}\n    print(d[\"k\"])\n"
                      "asyncio.run(main())\n")
        << 5 << 11 << QStringLiteral("KeyError: 'k'") << QStringLiteral("runtime");
    // The article's TaskGroup example: the local names shadow the functions, so the body
    // fails at once, the handler prints, and reading the result fails again at line 20.
    QTest::newRow("unbound local")
        << corpusProgram(QStringLiteral("conformance/article/article_6_taskgroup.py")) << 20 << 29
        << QStringLiteral("UnboundLocalError: cannot access local variable 'task1' where it is not associated with a value")
        << QStringLiteral("runtime");
    QTest::newRow("sandbox refusal")
        << QByteArray("import asyncio, socket\nasync def main():\n    s = socket.socket()\nasyncio.run(main())\n") << 3 << 9
        << QStringLiteral("PermissionError: Loopscope's sandbox refused socket.__new__(): a program may not use the network")
        << QStringLiteral("sandbox");
    QTest::newRow("chained: the last traceback counts")
        << QByteArray("def f():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError('bad')\nf()\n")
        << 5 << 0 << QStringLiteral("ValueError: bad") << QStringLiteral("runtime");
}

void tst_ErrorLocation::locatesErrors()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QString, kind);
    const Recording run = recordProgram(worker_, source, false, kPath);
    const ui::ErrorLocation location = ui::ErrorLocation::of(resultOf(run, source));
    QVERIFY2(location.isError(), run.err.constData());
    QCOMPARE(location.message, message);
    QCOMPARE(location.kind, kind);
    QCOMPARE(location.line, line);
    QCOMPARE(location.column, column);
}

void tst_ErrorLocation::cleanRunHasNoError()
{
    const QByteArray source = corpusProgram(QStringLiteral("conformance/article/article_4_gather.py"));
    const Recording run = recordProgram(worker_, source, false, kPath);
    QVERIFY(!ui::ErrorLocation::of(resultOf(run, source)).isError());
}

void tst_ErrorLocation::limitStopsAtTheLastLine()
{
    const QByteArray source("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n"
                            "asyncio.run(main())\n");
    python::RunRequest request;
    request.source = source.toStdString();
    request.path = kPath.toStdString();
    request.record = true;
    request.recordLines = true;
    request.limits.maxEvents = 2000;
    python::RecordingSink sink;
    Recording run;
    run.outcome = worker_.run(request, sink);
    run.trace = std::make_shared<const trace::Trace>(std::move(sink.trace));
    const ui::ErrorLocation location = ui::ErrorLocation::of(resultOf(run, source));
    QCOMPARE(location.kind, QStringLiteral("limit"));
    QVERIFY2(location.message.contains(QLatin1String("--max-events")), qPrintable(location.message));
    QVERIFY(location.line == 3 || location.line == 4);
}

QTEST_GUILESS_MAIN(tst_ErrorLocation)
#include "tst_errorlocation.moc"
