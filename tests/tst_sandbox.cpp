// The audit-hook sandbox: every way a pasted program might touch the machine is refused
// with a PermissionError that names what was refused, and nothing on disk changes.
// Reading the standard library, printing and the rest of Python still work. Under the
// hook, the kernel's filter refuses the same things to code that got past it.
#include "workerfixture.h"

#include "python/seccompfilter.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopscope::python;

class tst_Sandbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refuses_data();
    void refuses();
    void leavesFilesAlone();
    void allowsWhatProgramsNeed();
    void kernelRefusesPastTheHook();

private:
    Worker worker_;
    QTemporaryDir dir_;
};

void tst_Sandbox::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
    QVERIFY(dir_.isValid());
    QFile keep(dir_.filePath(QStringLiteral("keep.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("precious\n");
}

void tst_Sandbox::refuses_data()
{
    QTest::addColumn<QByteArray>("attempt");
    QTest::addColumn<QByteArray>("refusal");
    const QByteArray dir = dir_.path().toUtf8();
    QTest::newRow("read /etc/passwd") << QByteArray("open('/etc/passwd').read()")
                                      << QByteArray("to open '/etc/passwd' for reading");
    QTest::newRow("read home") << QByteArray("import os; open(os.path.expanduser('~/.bashrc')).read()")
                               << QByteArray("for reading: a program may read only the Python installation");
    QTest::newRow("write a file") << "open('" + dir + "/new.txt', 'w').write('x')"
                                  << QByteArray("for writing: a program may not write files");
    QTest::newRow("append through io") << "import io; io.open('" + dir + "/keep.txt', 'a')"
                                       << QByteArray("for writing");
    QTest::newRow("os.open for writing") << "import os; os.open('" + dir + "/keep.txt', os.O_WRONLY)"
                                         << QByteArray("for writing");
    QTest::newRow("pathlib write") << "import pathlib; pathlib.Path('" + dir + "/p.txt').write_text('x')"
                                   << QByteArray("for writing");
    QTest::newRow("delete") << "import os; os.remove('" + dir + "/keep.txt')"
                            << QByteArray("refused os.remove()");
    QTest::newRow("rename") << "import os; os.rename('" + dir + "/keep.txt', '" + dir + "/x')"
                            << QByteArray("refused os.rename()");
    QTest::newRow("shutil.rmtree") << "import shutil; shutil.rmtree('" + dir + "')"
                                   << QByteArray("refused shutil.rmtree()");
    QTest::newRow("list a folder") << QByteArray("import os; os.listdir('/etc')")
                                   << QByteArray("to list '/etc'");
    QTest::newRow("os.system") << QByteArray("import os; os.system('true')")
                               << QByteArray("refused os.system(): a program may not start");
    QTest::newRow("subprocess") << QByteArray("import subprocess; subprocess.run(['true'])")
                                << QByteArray("refused subprocess.Popen()");
    QTest::newRow("os.fork") << QByteArray("import os; os.fork()")
                             << QByteArray("refused os.fork()");
    QTest::newRow("os.kill") << QByteArray("import os; os.kill(os.getppid(), 9)")
                             << QByteArray("refused os.kill()");
    QTest::newRow("socket") << QByteArray("import socket; socket.socket()")
                            << QByteArray("refused socket.__new__(): a program may not use the network");
    QTest::newRow("dns") << QByteArray("import socket; socket.getaddrinfo('example.com', 80)")
                         << QByteArray("refused socket.getaddrinfo()");
    QTest::newRow("ctypes") << QByteArray("import ctypes")
                            << QByteArray("refused to import ctypes");
    QTest::newRow("__import__ ctypes") << QByteArray("__import__('_ctypes')")
                                       << QByteArray("refused to import _ctypes");
    QTest::newRow("thread") << QByteArray("import threading; threading.Thread(target=print).start()")
                            << QByteArray("refused to start a thread");
    QTest::newRow("asyncio.to_thread")
        << QByteArray("import asyncio\nasync def main():\n    await asyncio.to_thread(print, 1)\n"
                      "asyncio.run(main())")
        << QByteArray("refused to start a thread");
    QTest::newRow("mmap a file") << QByteArray("import mmap; mmap.mmap(0, 10)")
                                 << QByteArray("refused to map a file");
    QTest::newRow("resource") << QByteArray("import resource; resource.setrlimit(resource.RLIMIT_CPU, (100, 100))")
                              << QByteArray("refused resource.setrlimit()");
}

void tst_Sandbox::refuses()
{
    QFETCH(QByteArray, attempt);
    QFETCH(QByteArray, refusal);
    const ProgramResult result = runProgram(worker_, attempt + "\nprint('not refused')\n");
    QCOMPARE(int(result.outcome.end), int(RunEnd::Finished));
    QCOMPARE(result.outcome.exitStatus, 1);
    QVERIFY2(result.err.contains("PermissionError: Loopscope's sandbox refused"), result.err.constData());
    QVERIFY2(result.err.contains(refusal), result.err.constData());
    QVERIFY(!result.out.contains("not refused"));
}

void tst_Sandbox::leavesFilesAlone()
{
    const QByteArray dir = dir_.path().toUtf8();
    const QByteArray program =
        "import os, shutil, pathlib\n"
        "for attempt in (lambda: os.remove('" + dir + "/keep.txt'),\n"
        "                lambda: open('" + dir + "/keep.txt', 'w'),\n"
        "                lambda: pathlib.Path('" + dir + "/made').mkdir(),\n"
        "                lambda: shutil.copy('" + dir + "/keep.txt', '" + dir + "/copy.txt'),\n"
        "                lambda: os.truncate('" + dir + "/keep.txt', 0)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except PermissionError as error:\n"
        "        print('refused')\n";
    const ProgramResult result = runProgram(worker_, program);
    QCOMPARE(result.outcome.exitStatus, 0);
    QCOMPARE(result.out, QByteArray("refused\nrefused\nrefused\nrefused\nrefused\n"));
    QCOMPARE(QDir(dir_.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("keep.txt")});
    QFile keep(dir_.filePath(QStringLiteral("keep.txt")));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("precious\n"));
}

void tst_Sandbox::allowsWhatProgramsNeed()
{
    const ProgramResult result = runProgram(worker_,
        "import json, decimal, fractions, statistics, csv, textwrap, collections, io, sys\n"
        "print(json.dumps({'a': [1, 2]}), statistics.mean([1, 2, 3]))\n"
        "print('JSONDecoder' in open(json.__file__).read())\n"
        "buffer = io.StringIO(); buffer.write('in memory'); print(buffer.getvalue())\n"
        "print('to stderr', file=sys.stderr)\n");
    QCOMPARE(result.outcome.exitStatus, 0);
    QCOMPARE(result.out, QByteArray("{\"a\": [1, 2]} 2\nTrue\nin memory\n"));
    QCOMPARE(result.err, QByteArray("to stderr\n"));
}

void tst_Sandbox::kernelRefusesPastTheHook()
{
    // In a child of the test: once the filter is in, it cannot be lifted.
    const QByteArray target = dir_.filePath(QStringLiteral("written-by-the-child")).toLocal8Bit();
    const QByteArray kept = dir_.filePath(QStringLiteral("keep.txt")).toLocal8Bit();
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        std::string error;
        if (!SeccompFilter::install(&error))
            _exit(100);
        int failures = 0;
        const auto refused = [&](int result, int bit) {
            if (!(result == -1 && errno == EPERM))
                failures |= bit;
        };
        refused(::open(target.constData(), O_WRONLY | O_CREAT, 0600), 1);
        refused(::open(kept.constData(), O_RDWR), 2);
        refused(::unlink(kept.constData()), 4);
        refused(::socket(AF_INET, SOCK_STREAM, 0), 8);
        char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
        refused(::execv("/bin/true", argv), 16);
        refused(int(::fork()), 32);
        // What programs need still works: reading, and (for the runtime) a thread.
        const int readable = ::open(kept.constData(), O_RDONLY);
        if (readable < 0)
            failures |= 64;
        bool ran = false;
        std::thread([&] { ran = true; }).join();
        if (!ran)
            failures |= 128;
        _exit(failures);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status), "the filter killed the child instead of refusing");
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(!QFile::exists(QString::fromLocal8Bit(target)));
    QVERIFY(QFile::exists(QString::fromLocal8Bit(kept)));
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
