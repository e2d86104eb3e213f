// `loopscope run` and `loopscope trace` as a user meets them: CPython's output and exit
// status, usage errors (2), an engine stop (3) with its message on stderr and the output
// (or the record) kept, syntax errors reported exactly as /usr/bin/python3.11 reports
// them, and the record in its three formats.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void runsPrograms_data();
    void runsPrograms();
    void syntaxErrorsReadAsCPython_data();
    void syntaxErrorsReadAsCPython();
    void namesTheProgramAsCPythonDoes();
    void stopsWithStatusThree();
    void tracesInThreeFormats();
    void traceKeepsTheRunsStatus();
    void exportsImages();
    void listsChecksAndExportsTheLessons();

private:
    struct Result {
        int status;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args, const QString& workingDirectory = {});
    Result runPython(const QString& program);
    QString write(const QString& name, const QByteArray& source);
    QTemporaryDir dir_;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(dir_.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LOOPSCOPE_CLI)));
}

tst_CommandLine::Result tst_CommandLine::run(const QStringList& args, const QString& workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LOOPSCOPE_CLI), args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

tst_CommandLine::Result tst_CommandLine::runPython(const QString& program)
{
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/usr/bin/python3.11"), {program});
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString tst_CommandLine::write(const QString& name, const QByteArray& source)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(source);
    return path;
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no program") << QStringList{QStringLiteral("run")} << QByteArray("run needs a program");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--fast")}
                                    << QByteArray("unknown option --fast");
    QTest::newRow("bad seed") << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--seed"), QStringLiteral("ten")}
                              << QByteArray("--seed needs an integer, not 'ten'");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--max-cpu"), QStringLiteral("-1")}
                               << QByteArray("--max-cpu needs a positive number");
    QTest::newRow("missing value") << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--max-events")}
                                   << QByteArray("option --max-events needs a value");
    QTest::newRow("missing file") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/x.py")}
                                  << QByteArray("can't open file '/nonexistent/x.py': [Errno 2] No such file or directory");
    QTest::newRow("trace without a program") << QStringList{QStringLiteral("trace")}
                                             << QByteArray("trace needs a program: loopscope trace FILE.py");
    QTest::newRow("a trace option for run")
        << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--json")}
        << QByteArray("--json is an option of trace, not of run");
    QTest::newRow("export without an image")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.py")}
        << QByteArray("export needs an image to write: -o OUT.png");
    QTest::newRow("export option to run")
        << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("-o"), QStringLiteral("x.png")}
        << QByteArray("-o is an option of export, not of run");
    QTest::newRow("bad theme")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.py"), QStringLiteral("-o"), QStringLiteral("x.png"),
                       QStringLiteral("--theme"), QStringLiteral("blue")}
        << QByteArray("--theme is light or dark, not 'blue'");
    QTest::newRow("bad range")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.py"), QStringLiteral("-o"), QStringLiteral("x.png"),
                       QStringLiteral("--range"), QStringLiteral("2")}
        << QByteArray("--range needs T0:T1");
    QTest::newRow("narrow image")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.py"), QStringLiteral("-o"), QStringLiteral("x.png"),
                       QStringLiteral("--width"), QStringLiteral("10")}
        << QByteArray("--width needs a whole number of pixels from 320 to 20000");
    QTest::newRow("lessons without an action")
        << QStringList{QStringLiteral("lessons")} << QByteArray("lessons needs one of --list, --export-all DIR, --check");
    QTest::newRow("lesson option elsewhere")
        << QStringList{QStringLiteral("run"), QStringLiteral("x.py"), QStringLiteral("--list")}
        << QByteArray("--list is an option of lessons");
    QTest::newRow("two trace formats")
        << QStringList{QStringLiteral("trace"), QStringLiteral("x.py"), QStringLiteral("--json"), QStringLiteral("--chrome")}
        << QByteArray("--json and --chrome exclude each other");
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Result result = run(args);
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("loopscope: "), result.err.constData());
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void tst_CommandLine::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.startsWith("usage: loopscope run FILE.py"));
    QVERIFY(help.out.contains("loopscope trace FILE.py [--json | --chrome]"));
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith("loopscope "));
}

void tst_CommandLine::runsPrograms_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("lastErrorLine");
    QTest::newRow("prints on the virtual clock")
        << QByteArray("import asyncio, time\nasync def main():\n    await asyncio.sleep(2.5)\n"
                      "    print(f'{time.monotonic():.3f}')\nasyncio.run(main())\n")
        << 0 << QByteArray("2.500\n") << QByteArray();
    QTest::newRow("uncaught exception")
        << QByteArray("print('first')\nraise ValueError('nope')\n")
        << 1 << QByteArray("first\n") << QByteArray("ValueError: nope");
    QTest::newRow("sys.exit with a status") << QByteArray("import sys\nsys.exit(5)\n") << 5 << QByteArray() << QByteArray();
    QTest::newRow("sys.exit with a message")
        << QByteArray("import sys\nsys.exit('bye')\n") << 1 << QByteArray() << QByteArray("bye");
    QTest::newRow("random is seeded with 0")
        << QByteArray("import random\nprint(random.randint(1, 100))\n") << 0 << QByteArray("50\n") << QByteArray();
}

void tst_CommandLine::runsPrograms()
{
    QFETCH(QByteArray, source);
    QFETCH(int, status);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, lastErrorLine);
    const QString program = write(QStringLiteral("program.py"), source);
    const Result ours = run({QStringLiteral("run"), program});
    QCOMPARE(ours.status, status);
    QCOMPARE(ours.out, out);
    QCOMPARE(ours.err.trimmed().split('\n').last(), lastErrorLine);
}

void tst_CommandLine::syntaxErrorsReadAsCPython_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("unclosed parenthesis") << QByteArray("import asyncio\nprint('a'\nx = 1\n");
    QTest::newRow("bad indentation") << QByteArray("async def f():\n    x = 1\n      y = 2\n");
    QTest::newRow("await outside async") << QByteArray("import asyncio\nawait asyncio.sleep(1)\n");
    QTest::newRow("invalid syntax") << QByteArray("def f(:\n    pass\n");
    QTest::newRow("non-UTF-8 bytes") << QByteArray("print('\xff')\n");
    QTest::newRow("tabs and spaces") << QByteArray("if True:\n\tx = 1\n        y = 2\n");
}

void tst_CommandLine::syntaxErrorsReadAsCPython()
{
    QFETCH(QByteArray, source);
    const QString program = write(QStringLiteral("broken.py"), source);
    const Result ours = run({QStringLiteral("run"), program});
    const Result cpython = runPython(program);
    QCOMPARE(ours.status, cpython.status);
    QCOMPARE(ours.out, cpython.out);
    QCOMPARE(QString::fromUtf8(ours.err), QString::fromUtf8(cpython.err));
}

void tst_CommandLine::namesTheProgramAsCPythonDoes()
{
    write(QStringLiteral("names.py"), "import sys\nprint(__file__)\nprint(sys.argv)\nprint(__name__)\n");
    const Result ours = run({QStringLiteral("run"), QStringLiteral("names.py")}, dir_.path());
    QCOMPARE(ours.status, 0);
    const QByteArray expected = dir_.filePath(QStringLiteral("names.py")).toUtf8() +
                                "\n['names.py']\n__main__\n";
    QCOMPARE(ours.out, expected);
}

void tst_CommandLine::stopsWithStatusThree()
{
    const QString program = write(QStringLiteral("forever.py"),
        "import asyncio\nasync def main():\n    print('started', flush=True)\n"
        "    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n");
    const Result ours = run({QStringLiteral("run"), program, QStringLiteral("--max-time"), QStringLiteral("50")});
    QCOMPARE(ours.status, 3);
    QCOMPARE(ours.out, QByteArray("started\n"));
    QVERIFY2(ours.err.startsWith("loopscope: stopped at t=50.000: virtual time would pass 50 s"),
             ours.err.constData());
}

void tst_CommandLine::tracesInThreeFormats()
{
    const QString program = write(QStringLiteral("traced.py"),
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('hi')\nasyncio.run(main())\n");
    const Result text = run({QStringLiteral("trace"), program});
    QCOMPARE(text.status, 0);
    QVERIFY(text.err.isEmpty());
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("0.000 - line line=1"));
    QVERIFY(lines.contains("1.000 Task-1 resume cause=timer"));
    QVERIFY(lines.contains("1.000 Task-1 print stream=stdout text=\"hi\\n\" line=4"));
    QCOMPARE(lines.last(), QByteArray("# exit 0"));
    const Result noLines = run({QStringLiteral("trace"), program, QStringLiteral("--no-lines")});
    QVERIFY(!noLines.out.contains(" line line="));
    QCOMPARE(noLines.out.count('\n') + text.out.count(" line line="), text.out.count('\n'));

    const Result json = run({QStringLiteral("trace"), program, QStringLiteral("--json")});
    QCOMPARE(json.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("loopscope-trace"));
    QCOMPARE(root[QStringLiteral("program")].toString(), program);
    QCOMPARE(root[QStringLiteral("output")].toString(), QStringLiteral("hi\n"));
    QCOMPARE(root[QStringLiteral("outcome")].toObject()[QStringLiteral("end")].toString(), QStringLiteral("finished"));

    const Result chrome = run({QStringLiteral("trace"), program, QStringLiteral("--chrome")});
    QCOMPARE(chrome.status, 0);
    QVERIFY(QJsonDocument::fromJson(chrome.out).object()[QStringLiteral("traceEvents")].toArray().size() > 5);
}

void tst_CommandLine::traceKeepsTheRunsStatus()
{
    const QString failing = write(QStringLiteral("failing.py"), "print('first')\nraise ValueError('nope')\n");
    const Result failed = run({QStringLiteral("trace"), failing, QStringLiteral("--no-lines")});
    QCOMPARE(failed.status, 1);
    QVERIFY(failed.out.startsWith("0.000 - print stream=stdout text=\"first\\n\" line=1\n"));
    QVERIFY(failed.out.contains("stream=stderr text=\"Traceback"));
    QVERIFY(failed.out.endsWith("# exit 1\n"));
    const QString stuck = write(QStringLiteral("stuck.py"),
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n");
    const Result deadlock = run({QStringLiteral("trace"), stuck, QStringLiteral("--no-lines")});
    QCOMPARE(deadlock.status, 3);
    QVERIFY(deadlock.err.startsWith("loopscope: deadlock at t=0.000"));
    QVERIFY(deadlock.out.contains("0.000 Task-1 suspend await=Event.wait line=3\n"));
    QVERIFY(deadlock.out.endsWith("# stopped deadlock\n"));
}

void tst_CommandLine::exportsImages()
{
    const QString program = write(QStringLiteral("gather.py"),
        "import asyncio\nasync def job(n):\n    await asyncio.sleep(n)\n    return n\n"
        "async def main():\n    print(await asyncio.gather(job(1), job(2)))\nasyncio.run(main())\n");
    // Headless: no display is needed (and none is asked for).
    const QString png = dir_.filePath(QStringLiteral("gather.png"));
    const Result written = run({QStringLiteral("export"), program, QStringLiteral("-o"), png, QStringLiteral("--scale"),
                                QStringLiteral("2"), QStringLiteral("--width"), QStringLiteral("800")});
    QCOMPARE(written.status, 0);
    QVERIFY2(written.err.isEmpty(), written.err.constData());
    QVERIFY(written.out.isEmpty()); // the program's output is not the export's
    QFile image(png);
    QVERIFY(image.open(QIODevice::ReadOnly));
    const QByteArray bytes = image.readAll();
    QVERIFY(bytes.startsWith("\x89PNG\r\n"));
    // The IHDR chunk: 1600 pixels wide (800 at twice the pixels).
    QCOMPARE(quint32(uchar(bytes[16])) << 24 | quint32(uchar(bytes[17])) << 16 | quint32(uchar(bytes[18])) << 8 |
                 quint32(uchar(bytes[19])),
             1600u);

    const QString svg = dir_.filePath(QStringLiteral("gather.svg"));
    QCOMPARE(run({QStringLiteral("export"), program, QStringLiteral("-o"), svg, QStringLiteral("--theme"),
                  QStringLiteral("dark"), QStringLiteral("--range"), QStringLiteral("0:1"), QStringLiteral("--scale-mode"),
                  QStringLiteral("steps")}).status,
             0);
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    QVERIFY(drawing.readAll().contains(">Task-2</text>"));

    // A program that fails is drawn as far as it went, with a note.
    const QString failing = write(QStringLiteral("fails.py"),
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    raise KeyError('x')\nasyncio.run(main())\n");
    const Result noted = run({QStringLiteral("export"), failing, QStringLiteral("-o"), dir_.filePath(QStringLiteral("fails.pdf"))});
    QCOMPARE(noted.status, 0);
    QVERIFY2(noted.err.contains("note: KeyError: 'x' (line 4)"), noted.err.constData());
    QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("fails.pdf"))));

    // Destinations that cannot be: a clear error, and no file.
    const Result unknown = run({QStringLiteral("export"), program, QStringLiteral("-o"), dir_.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains("unknown image type '.gif': use .png, .svg or .pdf"));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("x.gif"))));
    const QString nowhere = dir_.filePath(QStringLiteral("no/such/folder/x.png"));
    const Result missing = run({QStringLiteral("export"), program, QStringLiteral("-o"), nowhere});
    QCOMPARE(missing.status, 1);
    QVERIFY2(missing.err.startsWith("loopscope: cannot write " + nowhere.toUtf8() + ": No such file"), missing.err.constData());
    QVERIFY(!QDir(dir_.filePath(QStringLiteral("no"))).exists());
}

void tst_CommandLine::listsChecksAndExportsTheLessons()
{
    const Result list = run({QStringLiteral("lessons"), QStringLiteral("--list")});
    QCOMPARE(list.status, 0);
    QVERIFY(list.out.contains("  01-coroutines  What a coroutine is\n"));
    const QList<QByteArray> ids = [&] {
        QList<QByteArray> found;
        for (const QByteArray& line : list.out.split('\n')) {
            if (line.startsWith("  "))
                found << line.trimmed().split(' ').value(0);
        }
        return found;
    }();
    QVERIFY(ids.size() >= 13);

    // A broken lesson file: where, and why.
    const QString broken = write(QStringLiteral("broken.lesson"), "%% lesson\ntitle: x\n%% program\nprint(1)\n%% quiz\n");
    const Result bad = run({QStringLiteral("lessons"), QStringLiteral("--check"), broken});
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains("line 5: unknown section \"quiz\""), bad.err.constData());

    const QString folder = dir_.filePath(QStringLiteral("course"));
    const Result exported = run({QStringLiteral("lessons"), QStringLiteral("--export-all"), folder});
    QCOMPARE(exported.status, 0);
    for (const QByteArray& id : ids) {
        QVERIFY2(QFileInfo(folder + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".png")).size() > 1000, id.constData());
        QVERIFY(QFileInfo(folder + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".svg")).size() > 1000);
    }
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
