// Hostile and broken programs (tests/hostile/*.py), run as a learner's paste is run:
// through `loopscope run`. Each says in its header what must happen ("# expect: exit 1",
// "# expect: stopped deadlock", ...) and what stderr or stdout must hold; every one must
// end within 20 s, never by a signal, with a message on stderr when it does not succeed,
// and leave nothing under /tmp/loopscope-hostile-canary*; those marked same-as-cpython
// must give exactly CPython's output (NAME.expected, from scripts/gen-expected.py). A
// "# known-bug:" line names what is wrong today: the test says so and checks only what
// must always hold (it ends in time, not by a signal, says why, touches nothing).
#include "expectedoutcome.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

namespace {

struct Expectation {
    QString outcome; // "exit 1", "stopped cpu", "crashed"
    QStringList args;
    QList<QByteArray> stderrHas, stdoutHas;
    bool sameAsCPython = false;
    QString knownBug; // what is wrong today: only what must always hold is checked
};

bool parseHeader(QByteArray source, Expectation& expect, QString& error)
{
    if (source.startsWith("\xEF\xBB\xBF"))
        source.remove(0, 3); // a BOM before the header
    source.replace('\r', '\n'); // CR-only and CRLF files have their header too
    for (const QByteArray& raw : source.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith('#'))
            break;
        const QByteArray body = line.mid(1).trimmed();
        const auto value = [&](const char* key) { return body.mid(qsizetype(qstrlen(key))).trimmed(); };
        if (body.startsWith("expect:"))
            expect.outcome = QString::fromUtf8(value("expect:"));
        else if (body.startsWith("args:"))
            expect.args = QString::fromUtf8(value("args:")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (body.startsWith("stderr:"))
            expect.stderrHas << value("stderr:");
        else if (body.startsWith("stdout:"))
            expect.stdoutHas << value("stdout:");
        else if (body == "same-as-cpython")
            expect.sameAsCPython = true;
        else if (body.startsWith("known-bug:"))
            expect.knownBug = QString::fromUtf8(value("known-bug:"));
    }
    if (expect.outcome.isEmpty())
        error = QStringLiteral("no \"# expect:\" line");
    return error.isEmpty();
}

// What each kind of stop says on stderr.
QByteArray stopWords(const QString& kind)
{
    if (kind == QLatin1String("deadlock"))
        return "deadlock";
    if (kind == QLatin1String("cpu"))
        return "s of"; // "of CPU time", or "of real time" for a program blocked in the kernel
    if (kind == QLatin1String("events"))
        return "loop callbacks";
    if (kind == QLatin1String("time"))
        return "virtual time";
    if (kind == QLatin1String("memory"))
        return "memory";
    if (kind == QLatin1String("output"))
        return "of output";
    if (kind == QLatin1String("source"))
        return "--max-source";
    return "?";
}

// What a program that got out would have left: the files the corpus aims at (dbm adds
// its own prefix).
QStringList canaries()
{
    return QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("loopscope-hostile-canary*"),
                                                    QStringLiteral("__db.loopscope-hostile-canary*")},
                                                   QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

void removeCanaries()
{
    for (const QString& name : canaries()) {
        const QString path = QStringLiteral("/tmp/") + name;
        if (!QDir(path).removeRecursively())
            QFile::remove(path);
    }
}

} // namespace

class tst_Hostile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void endsAsExpected_data();
    void endsAsExpected();
    void stayedUnderTwoGiB();
};

void tst_Hostile::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(LOOPSCOPE_CLI)));
    removeCanaries();
}

void tst_Hostile::endsAsExpected_data()
{
    QTest::addColumn<QString>("program");
    const QString root = QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/hostile");
    QStringList programs;
    QDirIterator it(root, {QStringLiteral("*.py")}, QDir::Files);
    while (it.hasNext())
        programs << it.next();
    programs.sort();
    QVERIFY2(programs.size() >= 60, qPrintable(QStringLiteral("only %1 programs").arg(programs.size())));
    for (const QString& program : programs)
        QTest::newRow(qPrintable(QFileInfo(program).completeBaseName())) << program;
}

void tst_Hostile::endsAsExpected()
{
    QFETCH(QString, program);
    QFile file(program);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Expectation expect;
    QString error;
    QVERIFY2(parseHeader(file.readAll(), expect, error), qPrintable(error));

    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(LOOPSCOPE_CLI), QStringList{QStringLiteral("run"), program} + expect.args);
    QVERIFY(process.waitForStarted());
    const bool ended = process.waitForFinished(20000);
    if (!ended)
        process.kill(), process.waitForFinished();
    QVERIFY2(ended, "still running after 20 s");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, "ended by a signal");
    const int status = process.exitCode();
    const QByteArray out = process.readAllStandardOutput(), err = process.readAllStandardError();
    const QByteArray said = "exit " + QByteArray::number(status) + ", stderr: " + err.left(600);
    const QStringList left = canaries();
    removeCanaries(); // (one escape must not fail the programs after it)
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("written outside the sandbox: ") + left.join(QLatin1Char(' '))));
    if (status != 0)
        QVERIFY2(!err.trimmed().isEmpty(), "failed without a word on stderr");
    if (!expect.knownBug.isEmpty())
        QSKIP(qPrintable(QStringLiteral("known bug: ") + expect.knownBug));

    if (expect.outcome.startsWith(QLatin1String("exit "))) {
        QVERIFY2(status == expect.outcome.mid(5).toInt(), said.constData());
    } else if (expect.outcome.startsWith(QLatin1String("stopped "))) {
        QVERIFY2(status == 3, said.constData());
        QVERIFY2(err.contains(stopWords(expect.outcome.mid(8))), said.constData());
        QVERIFY2(err.contains("kept") || err.contains("not run") || err.contains("deadlock"), said.constData());
    } else if (expect.outcome == QLatin1String("crashed")) {
        QVERIFY2(status == 4, said.constData());
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown outcome \"%1\"").arg(expect.outcome)));
    }
    for (const QByteArray& text : expect.stderrHas)
        QVERIFY2(err.contains(text), ("stderr lacks \"" + text + "\": " + err.left(600)).constData());
    for (const QByteArray& text : expect.stdoutHas)
        QVERIFY2(out.contains(text), ("stdout lacks \"" + text + "\": " + out.left(300)).constData());
    if (expect.sameAsCPython) {
        QList<ExpectedVariant> variants;
        QString why;
        const QString expected = program.left(program.size() - 3) + QStringLiteral(".expected");
        QVERIFY2(readExpected(expected, variants, why), qPrintable(why));
        const QByteArray path = program.toUtf8();
        const bool matched = std::any_of(variants.begin(), variants.end(), [&](const ExpectedVariant& v) {
            return v.exitStatus == status && v.out == normaliseOutput(out, path) && v.err == normaliseError(err, path);
        });
        QVERIFY2(matched, qPrintable(firstDifference(variants.value(0).out + variants.value(0).err,
                                                     normaliseOutput(out, path) + normaliseError(err, path))));
    }
    QVERIFY2(clock.elapsed() < 20000, "took 20 s or more");
}

void tst_Hostile::stayedUnderTwoGiB()
{
    // The largest of every process the runs started (the command, its worker, the runs).
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    QVERIFY2(usage.ru_maxrss < 2L * 1024 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(usage.ru_maxrss)));
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
