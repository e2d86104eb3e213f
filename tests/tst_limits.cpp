// Every limit ends a run with a message that names it, the output so far kept, and the
// worker ready for the next run; so does a deadlock, with each waiting task named, and a
// worker that dies is reported as such.
#include "workerfixture.h"

#include <QTest>

using namespace loopscope::python;

class tst_Limits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stops_data();
    void stops();
    void outputLimitKeepsExactlyTheLimit();
    void sourceLimitRunsNothing();
    void deadlockNamesEveryWaitingTask();
    void crashedWorkerIsReportedAndReplaced();
    void seedChangesRandom();

private:
    Worker worker_;
};

void tst_Limits::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_Limits::stops_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("loop callbacks")
        << QByteArray("import asyncio\nasync def spin():\n    print('spinning', flush=True)\n"
                      "    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n")
        << QStringLiteral("events") << 1000.0 << QStringLiteral("events")
        << QByteArray("after 1,000 loop callbacks, the limit set by --max-events; next was Task-1 at line 5 in spin()");
    QTest::newRow("virtual-time horizon")
        << QByteArray("import asyncio\nasync def tick():\n    print('spinning', flush=True)\n"
                      "    while True:\n        await asyncio.sleep(60)\nasyncio.run(tick())\n")
        << QStringLiteral("time") << 3600.0 << QStringLiteral("time")
        << QByteArray("stopped at t=3600.000: virtual time would pass 3600 s, the horizon set by --max-time");
    QTest::newRow("time.sleep past the horizon")
        << QByteArray("import time\nprint('spinning')\ntime.sleep(10)\ntime.sleep(1e6)\n")
        << QStringLiteral("time") << 100.0 << QStringLiteral("time")
        << QByteArray("stopped at t=10.000: virtual time would pass 100 s");
    QTest::newRow("cpu in a coroutine")
        << QByteArray("import asyncio\nasync def busy():\n    print('spinning', flush=True)\n"
                      "    while True:\n        pass\nasyncio.run(busy())\n")
        << QStringLiteral("cpu") << 1.0 << QStringLiteral("cpu")
        << QByteArray("after 1 s of CPU time, the limit set by --max-cpu (the program was at line 4 in busy())");
    QTest::newRow("cpu in uninterruptible C code")
        << QByteArray("print('spinning', flush=True)\ntotal = sum(range(10**11))\n")
        << QStringLiteral("cpu") << 1.0 << QStringLiteral("cpu")
        << QByteArray("inside a computation that could not be interrupted");
    QTest::newRow("memory")
        << QByteArray("print('spinning', flush=True)\nblocks = [bytearray(64 << 20) for _ in range(100)]\n")
        << QStringLiteral("memory") << 512.0 << QStringLiteral("memory")
        << QByteArray("ran out of memory: it may use 512 MiB, the limit set by --max-memory");
}

void tst_Limits::stops()
{
    QFETCH(QByteArray, program);
    QFETCH(QString, limit);
    QFETCH(double, value);
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
#ifdef LOOPSCOPE_SANITIZED
    if (limit == QLatin1String("memory"))
        QSKIP("AddressSanitizer's shadow memory rules out an address-space limit");
#endif
    Limits limits;
    if (limit == QLatin1String("events"))
        limits.maxEvents = std::uint64_t(value);
    else if (limit == QLatin1String("time"))
        limits.maxVirtualSeconds = value;
    else if (limit == QLatin1String("cpu"))
        limits.cpuSeconds = value;
    else if (limit == QLatin1String("memory"))
        limits.memoryBytes = std::uint64_t(value) << 20;
    const ProgramResult result = runProgram(worker_, program, limits);
    QCOMPARE(int(result.outcome.end), int(RunEnd::Stopped));
    QCOMPARE(QString::fromStdString(result.outcome.stopKind), kind);
    QVERIFY2(QByteArray::fromStdString(result.outcome.message).contains(message),
             result.outcome.message.c_str());
    QVERIFY(result.outcome.message.find("output so far is kept") != std::string::npos);
    QVERIFY2(result.out.startsWith("spinning\n"), result.out.constData());

    // The worker is still there for the next run.
    const ProgramResult next = runProgram(worker_, "print('next')\n");
    QCOMPARE(next.out, QByteArray("next\n"));
}

void tst_Limits::outputLimitKeepsExactlyTheLimit()
{
    Limits limits;
    limits.outputBytes = 10000;
    const ProgramResult result = runProgram(worker_, "while True:\n    print('x' * 99)\n", limits);
    QCOMPARE(int(result.outcome.end), int(RunEnd::Stopped));
    QCOMPARE(QString::fromStdString(result.outcome.stopKind), QStringLiteral("output"));
    QCOMPARE(result.out.size() + result.err.size(), 10000);
    QVERIFY(result.out.startsWith(QByteArray(99, 'x') + '\n'));
}

void tst_Limits::sourceLimitRunsNothing()
{
    Limits limits;
    limits.sourceBytes = 100;
    const ProgramResult result = runProgram(worker_, "print('ran')\n" + QByteArray(200, '#'), limits);
    QCOMPARE(int(result.outcome.end), int(RunEnd::Stopped));
    QCOMPARE(QString::fromStdString(result.outcome.stopKind), QStringLiteral("source"));
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.outcome.message.find("--max-source") != std::string::npos);
}

void tst_Limits::deadlockNamesEveryWaitingTask()
{
    const ProgramResult result = runProgram(worker_,
        "import asyncio\n"
        "async def consumer(queue):\n"
        "    return await queue.get()\n"
        "async def waiter(event):\n"
        "    await event.wait()\n"
        "async def main():\n"
        "    queue, event = asyncio.Queue(), asyncio.Event()\n"
        "    consumer_task = asyncio.create_task(consumer(queue), name='consumer')\n"
        "    waiter_task = asyncio.create_task(waiter(event))\n"
        "    await asyncio.sleep(2)\n"
        "    print('waiting for both')\n"
        "    await asyncio.gather(consumer_task, waiter_task)\n"
        "asyncio.run(main())\n");
    QCOMPARE(int(result.outcome.end), int(RunEnd::Stopped));
    QCOMPARE(QString::fromStdString(result.outcome.stopKind), QStringLiteral("deadlock"));
    QCOMPARE(result.out, QByteArray("waiting for both\n"));
    const QByteArray message = QByteArray::fromStdString(result.outcome.message);
    QVERIFY2(message.startsWith("deadlock at t=2.000: nothing is ready to run, no timer is set"),
             message.constData());
    QVERIFY2(message.contains("Task-1 at line 12 in main() waits for gather(consumer, Task-3)"), message.constData());
    QVERIFY2(message.contains("Task-3 at line 5 in waiter() waits for Event.wait()"), message.constData());
    QVERIFY2(message.contains("consumer at line 3 in consumer() waits for Queue.get()"), message.constData());
}

void tst_Limits::crashedWorkerIsReportedAndReplaced()
{
    const ProgramResult result = runProgram(worker_,
        "print('before', flush=True)\nimport faulthandler\nfaulthandler._sigsegv()\n");
    QCOMPARE(int(result.outcome.end), int(RunEnd::Crashed));
    QCOMPARE(result.outcome.signal, 11);
    QCOMPARE(result.out, QByteArray("before\n"));
    QVERIFY(result.outcome.message.find("died of signal 11") != std::string::npos);
    const ProgramResult next = runProgram(worker_, "print('next')\n");
    QCOMPARE(next.out, QByteArray("next\n"));
}

void tst_Limits::seedChangesRandom()
{
    const QByteArray program = "import random\nprint(random.random())\n";
    const QString path = QStringLiteral("/tmp/loopscope-test/program.py");
    const ProgramResult zero = runProgram(worker_, program, {}, path, 0);
    const ProgramResult again = runProgram(worker_, program, {}, path, 0);
    const ProgramResult seven = runProgram(worker_, program, {}, path, 7);
    QCOMPARE(zero.out, QByteArray("0.8444218515250481\n")); // random.seed(0); random.random()
    QCOMPARE(again.out, zero.out);
    QCOMPARE(seven.out, QByteArray("0.32383276483316237\n")); // random.seed(7)
}

QTEST_GUILESS_MAIN(tst_Limits)
#include "tst_limits.moc"
