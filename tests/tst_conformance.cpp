// Every program of the conformance corpora (tests/conformance/**) run through the engine
// and compared with what CPython 3.11 gave on its own loop with the clock made virtual:
// the same exit status, the same stdout byte for byte and the same stderr (paths and
// addresses aside). Where CPython's own order varies, any of its variants is right.
#include "expectedoutcome.h"

#include "python/worker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace loopscope::python;

class tst_Conformance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsLargeEnough();
    void matchesCPython_data();
    void matchesCPython();

private:
    static QStringList programs();
    Worker worker_;
};

QStringList tst_Conformance::programs()
{
    const QString root = QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/conformance");
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    found.sort();
    return found;
}

void tst_Conformance::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
    QCOMPARE(QString::fromStdString(worker_.pythonVersion()).left(5), QStringLiteral("3.11."));
}

void tst_Conformance::corpusIsLargeEnough()
{
    QVERIFY2(programs().size() >= 200, qPrintable(QString::number(programs().size())));
}

void tst_Conformance::matchesCPython_data()
{
    QTest::addColumn<QString>("program");
    const QString root = QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/conformance/");
    for (const QString& program : programs())
        QTest::newRow(QString(program).remove(root).toUtf8().constData()) << program;
}

void tst_Conformance::matchesCPython()
{
    QFETCH(QString, program);
    QList<ExpectedVariant> variants;
    QString error;
    QString expectedFile = program;
    expectedFile.replace(expectedFile.size() - 3, 3, QStringLiteral(".expected"));
    QVERIFY2(readExpected(expectedFile, variants, error), qPrintable(error));

    QFile file(program);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RunRequest request;
    request.source = file.readAll().toStdString();
    request.path = program.toStdString();
    request.argv0 = request.path;
    CollectingSink sink;
    const RunOutcome outcome = worker_.run(request, sink);

    const QByteArray path = program.toUtf8();
    const QByteArray out = normaliseOutput(QByteArray::fromStdString(sink.out), path);
    const QByteArray err = normaliseError(QByteArray::fromStdString(sink.err), path);
    const bool deadlock = outcome.end == RunEnd::Stopped && outcome.stopKind == "deadlock";
    QVERIFY2(outcome.end == RunEnd::Finished || deadlock,
             qPrintable(QStringLiteral("the run did not finish: %1\nstderr:\n%2")
                            .arg(QString::fromStdString(outcome.message), QString::fromUtf8(err))));
    const int status = deadlock ? 3 : outcome.exitStatus;

    for (const ExpectedVariant& variant : variants) {
        const int expectedStatus = variant.exitStatus < 0 ? 128 - variant.exitStatus
                                                          : variant.exitStatus;
        // A deadlock's message is Loopscope's own; the reference only says it happened.
        if (expectedStatus == status && variant.out == out && (deadlock || variant.err == err))
            return;
    }
    const ExpectedVariant& first = variants.first();
    QString report = QStringLiteral("differs from CPython (%1 variant(s)); against the first:\n")
                         .arg(variants.size());
    if (first.exitStatus != status)
        report += QStringLiteral("  exit status: CPython %1, Loopscope %2\n").arg(first.exitStatus).arg(status);
    if (first.out != out)
        report += QStringLiteral("  stdout, ") + firstDifference(first.out, out) + QLatin1Char('\n');
    if (!deadlock && first.err != err)
        report += QStringLiteral("  stderr, ") + firstDifference(first.err, err) + QLatin1Char('\n');
    QFAIL(qPrintable(report));
}

QTEST_GUILESS_MAIN(tst_Conformance)
#include "tst_conformance.moc"
