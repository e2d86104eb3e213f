// What the event record says of a run, beyond the fields CPython's instrumented tasks
// also give: what each task awaits, who cancelled whom and why, which task printed what
// at which line, TaskGroups and their members, renames, line events (and switching them
// off), a record that survives a limit or a deadlock, and values shown without running
// any of the program's code.
#include "workerfixture.h"

#include "python/recordingsink.h"
#include "trace/eventdescription.h"
#include "trace/loopsnapshot.h"
#include "trace/tracetext.h"

#include <QTest>

using namespace loopscope;
using trace::EventKind;

class tst_Recorder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void waitsAreNamed_data();
    void waitsAreNamed();
    void cancellationsSayWhoAndWhy_data();
    void cancellationsSayWhoAndWhy();
    void printsBelongToTheirTaskAndLine();
    void linesAreRecordedForTheProgramOnly();
    void linesCanBeSwitchedOff();
    void taskGroupsAreRecorded();
    void renamesAndUncancelsAreRecorded();
    void wakeUpsNameTheirCause();
    void stoppedRunsKeepTheirRecord_data();
    void stoppedRunsKeepTheirRecord();
    void valuesAreShownWithoutRunningTheProgram();
    void loopStateIsKnownAtEveryEvent();
    void recordingRunsNoneOfTheProgramsCode_data();
    void recordingRunsNoneOfTheProgramsCode();
    void aTimerCancelledOnceDueEnds();
    void floatResultsReadAsRepr();

private:
    struct Recorded {
        python::RunOutcome outcome;
        std::string out;
        trace::Trace trace;
        QStringList lines; // the text format, one event a line
    };
    Recorded record(const QByteArray& source, bool lines = true, python::Limits limits = {});
    python::Worker worker_;
};

tst_Recorder::Recorded tst_Recorder::record(const QByteArray& source, bool lines, python::Limits limits)
{
    python::RunRequest request;
    request.source = source.toStdString();
    request.path = "/tmp/loopscope-test/program.py";
    request.argv0 = request.path;
    request.limits = limits;
    request.record = true;
    request.recordLines = lines;
    python::RecordingSink sink;
    Recorded result;
    result.outcome = worker_.run(request, sink);
    result.out = sink.out;
    if (!sink.recordError().empty())
        qWarning("record damaged: %s", sink.recordError().c_str());
    std::string text;
    trace::writeText(sink.trace, text);
    result.lines = QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    result.trace = std::move(sink.trace);
    return result;
}

namespace {

// The lines of `kind` events of task `name` (the text format's fields after the kind).
QStringList eventsOf(const QStringList& lines, const QString& task, const QString& kind)
{
    QStringList found;
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() >= 3 && fields[1] == task && fields[2] == kind)
            found << line.section(QLatin1Char(' '), 3);
    }
    return found;
}

const char* const kHeader = "import asyncio\n";

} // namespace

void tst_Recorder::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_Recorder::waitsAreNamed_data()
{
    QTest::addColumn<QByteArray>("body");  // main's body, after `async def main():`
    QTest::addColumn<QString>("awaits");   // what Task-1 waits on first

    QTest::newRow("sleep") << QByteArray("    await asyncio.sleep(1.5)\n") << QStringLiteral("await=\"sleep until 1.500\" line=3");
    // Once CPython has quickened the code (after a few runs), waits still read the same.
    QTest::newRow("sleep, warmed up")
        << QByteArray("    for i in range(60):\n        await asyncio.sleep(0.5)\n    await asyncio.sleep(1)\n")
        << QStringLiteral("await=\"sleep until 31.000\" line=5");
    QTest::newRow("a task") << QByteArray("    await asyncio.create_task(asyncio.sleep(1))\n") << QStringLiteral("await=Task-2 line=3");
    QTest::newRow("gather")
        << QByteArray("    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))\n")
        << QStringLiteral("await=\"gather(Task-2, Task-3)\" line=3");
    QTest::newRow("wait")
        << QByteArray("    ts = [asyncio.create_task(asyncio.sleep(i)) for i in (1, 2, 3)]\n"
                      "    await asyncio.wait(ts, timeout=2.5, return_when=asyncio.FIRST_COMPLETED)\n")
        << QStringLiteral("await=\"wait(3 tasks, FIRST_COMPLETED, timeout 2.5)\" line=4");
    QTest::newRow("wait_for")
        << QByteArray("    await asyncio.wait_for(asyncio.sleep(5), 2)\n")
        << QStringLiteral("await=\"wait_for(Task-2, timeout 2)\" line=3");
    QTest::newRow("TaskGroup")
        << QByteArray("    async with asyncio.TaskGroup() as tg:\n        tg.create_task(asyncio.sleep(1))\n"
                      "        tg.create_task(asyncio.sleep(2))\n")
        << QStringLiteral("await=\"TaskGroup(Task-2, Task-3)\" line=3");
    QTest::newRow("Event") << QByteArray("    e = asyncio.Event()\n    asyncio.get_running_loop().call_later(1, e.set)\n    await e.wait()\n")
                           << QStringLiteral("await=Event.wait line=5");
    QTest::newRow("Queue.get") << QByteArray("    q = asyncio.Queue()\n    asyncio.get_running_loop().call_later(1, q.put_nowait, 1)\n    await q.get()\n")
                               << QStringLiteral("await=Queue.get line=5");
    QTest::newRow("Lock")
        << QByteArray("    lock = asyncio.Lock()\n    await lock.acquire()\n"
                      "    asyncio.get_running_loop().call_later(1, lock.release)\n    await lock.acquire()\n")
        << QStringLiteral("await=Lock.acquire line=6");
    QTest::newRow("Semaphore")
        << QByteArray("    s = asyncio.Semaphore(0)\n    asyncio.get_running_loop().call_later(1, s.release)\n    await s.acquire()\n")
        << QStringLiteral("await=Semaphore.acquire line=5");
    QTest::newRow("shield")
        << QByteArray("    await asyncio.shield(asyncio.create_task(asyncio.sleep(1)))\n")
        << QStringLiteral("await=shield line=3");
    QTest::newRow("a bare future")
        << QByteArray("    f = asyncio.get_running_loop().create_future()\n"
                      "    asyncio.get_running_loop().call_later(1, f.set_result, 1)\n    await f\n")
        << QStringLiteral("await=future line=5");
}

void tst_Recorder::waitsAreNamed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, awaits);
    const Recorded run = record(kHeader + QByteArray("async def main():\n") + body + "asyncio.run(main())\n");
    QCOMPARE(run.outcome.end, python::RunEnd::Finished);
    const QStringList suspends = eventsOf(run.lines, QStringLiteral("Task-1"), QStringLiteral("suspend"));
    QVERIFY2(!suspends.isEmpty(), qPrintable(run.lines.join(QLatin1Char('\n'))));
    QCOMPARE(suspends.size() > 60 ? suspends.last() : suspends.first(), awaits);
}

void tst_Recorder::cancellationsSayWhoAndWhy_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("cancel"); // the first cancel event of `task`

    QTest::newRow("a call") << QByteArray(
        "async def main():\n    t = asyncio.create_task(asyncio.sleep(5))\n    await asyncio.sleep(1)\n"
        "    t.cancel('enough')\n    await asyncio.sleep(0)\nasyncio.run(main())\n")
                            << QStringLiteral("Task-2") << QStringLiteral("by=Task-1 reason=call msg=enough line=5");
    QTest::newRow("gather") << QByteArray(
        "async def main():\n    g = asyncio.gather(asyncio.sleep(5), asyncio.sleep(6))\n"
        "    await asyncio.sleep(1)\n    g.cancel()\n    try:\n        await g\n    except asyncio.CancelledError:\n        pass\n"
        "asyncio.run(main())\n")
                            << QStringLiteral("Task-2") << QStringLiteral("by=Task-1 reason=gather line=5");
    QTest::newRow("TaskGroup") << QByteArray(
        "async def boom():\n    await asyncio.sleep(1)\n    raise ValueError('x')\n"
        "async def main():\n    try:\n        async with asyncio.TaskGroup() as tg:\n"
        "            tg.create_task(asyncio.sleep(5))\n            tg.create_task(boom())\n"
        "    except* ValueError:\n        pass\nasyncio.run(main())\n")
                               << QStringLiteral("Task-2") << QStringLiteral("by=Task-1 reason=taskgroup");
    QTest::newRow("timeout") << QByteArray(
        "async def main():\n    try:\n        async with asyncio.timeout(1):\n            await asyncio.sleep(5)\n"
        "    except TimeoutError:\n        pass\nasyncio.run(main())\n")
                             << QStringLiteral("Task-1") << QStringLiteral("by=- reason=timeout");
    QTest::newRow("wait_for") << QByteArray(
        "async def main():\n    try:\n        await asyncio.wait_for(asyncio.sleep(5), 1)\n"
        "    except TimeoutError:\n        pass\nasyncio.run(main())\n")
                              << QStringLiteral("Task-2") << QStringLiteral("by=Task-1 reason=wait_for line=4");
    QTest::newRow("asyncio.run's shutdown") << QByteArray(
        "async def main():\n    asyncio.create_task(asyncio.sleep(5))\n    await asyncio.sleep(1)\n"
        "asyncio.run(main())\n")
                                            << QStringLiteral("Task-2") << QStringLiteral("by=- reason=shutdown line=5");
    QTest::newRow("down the await chain") << QByteArray(
        "async def inner():\n    await asyncio.sleep(5)\n"
        "async def outer():\n    await asyncio.create_task(inner())\n"
        "async def main():\n    t = asyncio.create_task(outer())\n    await asyncio.sleep(1)\n    t.cancel()\n"
        "    await asyncio.sleep(0)\nasyncio.run(main())\n")
                                          << QStringLiteral("Task-3") << QStringLiteral("by=Task-1 reason=await line=9");
}

void tst_Recorder::cancellationsSayWhoAndWhy()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, task);
    QFETCH(QString, cancel);
    const Recorded run = record(kHeader + source);
    const QStringList cancels = eventsOf(run.lines, task, QStringLiteral("cancel"));
    QVERIFY2(!cancels.isEmpty(), qPrintable(run.lines.join(QLatin1Char('\n'))));
    QCOMPARE(cancels.first(), cancel);
    // The cancelled end says the same.
    const QStringList ends = eventsOf(run.lines, task, QStringLiteral("cancelled"));
    if (!ends.isEmpty())
        QVERIFY2(cancel.startsWith(ends.first().section(QStringLiteral(" line="), 0, 0)), qPrintable(ends.first()));
}

void tst_Recorder::printsBelongToTheirTaskAndLine()
{
    const Recorded run = record(
        "import asyncio\n"
        "print('before the loop')\n"
        "async def worker(n):\n"
        "    await asyncio.sleep(n)\n"
        "    print('worker', n, 'done')\n"
        "async def main():\n"
        "    await asyncio.gather(worker(2), worker(1))\n"
        "    print('all', end='')\n"
        "    print(' done')\n"
        "asyncio.run(main())\n");
    QCOMPARE(run.out, std::string("before the loop\nworker 1 done\nworker 2 done\nall done\n"));
    QCOMPARE(eventsOf(run.lines, QStringLiteral("-"), QStringLiteral("print")),
             QStringList{QStringLiteral("stream=stdout text=\"before the loop\\n\" line=2")});
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-3"), QStringLiteral("print")),
             QStringList{QStringLiteral("stream=stdout text=\"worker 1 done\\n\" line=5")});
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-1"), QStringLiteral("print")),
             (QStringList{QStringLiteral("stream=stdout text=all line=8"),
                          QStringLiteral("stream=stdout text=\" done\\n\" line=9")}));
    // The record's output is what the program printed, in order.
    QCOMPARE(std::string(run.trace.output()), run.out);
}

void tst_Recorder::linesAreRecordedForTheProgramOnly()
{
    const Recorded run = record("import asyncio\nasync def main():\n    x = 1\n    await asyncio.sleep(1)\n"
                                "    x += 1\nasyncio.run(main())\n");
    QStringList lines;
    for (trace::EventId id = 0; id < run.trace.size(); ++id) {
        const trace::Event& event = run.trace.event(id);
        if (event.kind == EventKind::Line)
            lines << QStringLiteral("%1:%2").arg(QString::fromStdString(trace::taskLabel(run.trace, event.task, id))).arg(event.line);
    }
    // A coroutine resumed at its await goes on to the next line (as CPython traces it).
    QCOMPARE(lines, (QStringList{QStringLiteral("-:1"), QStringLiteral("-:2"), QStringLiteral("-:6"),
                                 QStringLiteral("Task-1:3"), QStringLiteral("Task-1:4"),
                                 QStringLiteral("Task-1:5")}));
}

void tst_Recorder::linesCanBeSwitchedOff()
{
    const Recorded run = record("import asyncio\nasync def main():\n    x = 1\n    await asyncio.sleep(1)\n"
                                "asyncio.run(main())\n", false);
    QVERIFY(run.trace.size() > 5);
    for (const trace::Event& event : run.trace.events())
        QVERIFY(event.kind != EventKind::Line);
}

void tst_Recorder::taskGroupsAreRecorded()
{
    const Recorded run = record(
        "import asyncio\n"
        "async def leaf():\n    await asyncio.sleep(1)\n"
        "async def branch():\n    async with asyncio.TaskGroup() as inner:\n"
        "        inner.create_task(leaf())\n        inner.create_task(leaf())\n"
        "async def main():\n    async with asyncio.TaskGroup() as outer:\n"
        "        outer.create_task(branch())\n        outer.create_task(leaf())\n"
        "    asyncio.create_task(leaf())\n"
        "asyncio.run(main())\n");
    const trace::Trace& t = run.trace;
    QCOMPARE(t.groups().size(), std::size_t(3)); // "none", outer, inner
    // Task-2 (branch) and Task-3 in the outer group, owned by Task-1; Task-4 and Task-5 in
    // branch's group; Task-6 in none.
    QCOMPARE(t.task(2).group, t.task(3).group);
    QCOMPARE(t.groups()[t.task(2).group].owner, trace::TaskId(1));
    QCOMPARE(t.task(4).group, t.task(5).group);
    QVERIFY(t.task(4).group != t.task(2).group);
    QCOMPARE(t.groups()[t.task(4).group].owner, trace::TaskId(2));
    QCOMPARE(t.task(4).parent, trace::TaskId(2));
    QCOMPARE(t.task(6).group, trace::kNoGroup);
    QCOMPARE(t.groups()[t.task(2).group].line, 10u);
}

void tst_Recorder::renamesAndUncancelsAreRecorded()
{
    const Recorded run = record(
        "import asyncio\n"
        "async def main():\n"
        "    me = asyncio.current_task()\n"
        "    me.set_name('boss')\n"
        "    t = asyncio.create_task(asyncio.sleep(5), name='sleeper')\n"
        "    await asyncio.sleep(0)\n"
        "    t.cancel()\n"
        "    t.uncancel()\n"
        "    t.set_name('sleepy')\n"
        "    t.cancel()\n"
        "    await asyncio.sleep(0)\n"
        "asyncio.run(main())\n");
    QCOMPARE(eventsOf(run.lines, QStringLiteral("boss"), QStringLiteral("rename")), QStringList{QStringLiteral("name=boss")});
    QCOMPARE(eventsOf(run.lines, QStringLiteral("sleeper"), QStringLiteral("cancel")).size(), 1);
    QCOMPARE(eventsOf(run.lines, QStringLiteral("sleeper"), QStringLiteral("uncancel")).size(), 1);
    QCOMPARE(eventsOf(run.lines, QStringLiteral("sleepy"), QStringLiteral("cancel")).size(), 1);
    QCOMPARE(eventsOf(run.lines, QStringLiteral("sleepy"), QStringLiteral("cancelled")).size(), 1);
    QCOMPARE(run.trace.finalName(1), std::string_view("boss"));
    QCOMPARE(run.trace.nameAt(1, 0), std::string_view("Task-1"));
}

void tst_Recorder::wakeUpsNameTheirCause()
{
    const Recorded run = record(
        "import asyncio\n"
        "async def child():\n    await asyncio.sleep(1)\n    return 42\n"
        "async def main():\n"
        "    t = asyncio.create_task(child())\n"
        "    print(await t)\n"
        "    e = asyncio.Event()\n"
        "    asyncio.get_running_loop().call_soon(e.set)\n"
        "    await e.wait()\n"
        "    await asyncio.gather(child())\n"
        "asyncio.run(main())\n", false);
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-2"), QStringLiteral("resume")),
             (QStringList{QStringLiteral("cause=start"), QStringLiteral("cause=timer")}));
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-2"), QStringLiteral("done")), QStringList{QStringLiteral("result=42")});
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-1"), QStringLiteral("resume")),
             (QStringList{QStringLiteral("cause=start"), QStringLiteral("cause=done:Task-2"),
                          QStringLiteral("cause=callback:Event.set"),
                          QStringLiteral("cause=callback:gather.<locals>._done_callback")}));
}

void tst_Recorder::stoppedRunsKeepTheirRecord_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("last"); // a line the record must hold
    QTest::newRow("virtual-time horizon") << QByteArray(
        "async def main():\n    while True:\n        await asyncio.sleep(10)\n        print('tick')\n"
        "asyncio.run(main())\n")
                                          << QStringLiteral("time") << QStringLiteral("90.000 Task-1 print stream=stdout text=\"tick\\n\" line=5");
    QTest::newRow("deadlock") << QByteArray(
        "async def main():\n    await asyncio.sleep(1)\n    await asyncio.Event().wait()\n"
        "asyncio.run(main())\n")
                              << QStringLiteral("deadlock") << QStringLiteral("1.000 Task-1 suspend await=Event.wait line=4");
    QTest::newRow("CPU time") << QByteArray(
        "async def main():\n    await asyncio.sleep(2)\n    print('spinning', flush=True)\n    while True:\n        pass\n"
        "asyncio.run(main())\n")
                              << QStringLiteral("cpu") << QStringLiteral("2.000 Task-1 print stream=stdout text=\"spinning\\n\" line=4");
}

void tst_Recorder::stoppedRunsKeepTheirRecord()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, stop);
    QFETCH(QString, last);
    python::Limits limits;
    limits.maxVirtualSeconds = 95;
    limits.cpuSeconds = 1;
    const Recorded run = record(kHeader + source, false, limits);
    QCOMPARE(run.outcome.end, python::RunEnd::Stopped);
    QCOMPARE(QString::fromStdString(run.outcome.stopKind), stop);
    QVERIFY2(run.lines.contains(last), qPrintable(run.lines.join(QLatin1Char('\n'))));
}

void tst_Recorder::valuesAreShownWithoutRunningTheProgram()
{
    const Recorded run = record(
        "import asyncio\n"
        "class Loud:\n"
        "    def __repr__(self):\n"
        "        print('repr called!')\n"
        "        return 'Loud()'\n"
        "class LoudError(Exception):\n"
        "    def __str__(self):\n"
        "        print('str called!')\n"
        "        return 'loud'\n"
        "async def value():\n    return Loud()\n"
        "async def error():\n    raise LoudError(Loud(), 3)\n"
        "async def big():\n    return 'x' * 10000\n"
        "async def main():\n"
        "    await asyncio.create_task(value())\n"
        "    await asyncio.gather(asyncio.create_task(error()), return_exceptions=True)\n"
        "    await asyncio.create_task(big())\n"
        "asyncio.run(main())\n", false);
    QCOMPARE(run.out, std::string());
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-2"), QStringLiteral("done")), QStringList{QStringLiteral("result=\"<Loud object>\"")});
    QCOMPARE(eventsOf(run.lines, QStringLiteral("Task-3"), QStringLiteral("failed")),
             QStringList{QStringLiteral("error=\"LoudError(<Loud object>, 3)\"")});
    const QString bigResult = eventsOf(run.lines, QStringLiteral("Task-4"), QStringLiteral("done")).value(0);
    QVERIFY2(bigResult.size() < 200 && bigResult.endsWith(QStringLiteral("...")), qPrintable(bigResult));
}

void tst_Recorder::loopStateIsKnownAtEveryEvent()
{
    const Recorded run = record(
        "import asyncio\n"
        "async def worker(n):\n    await asyncio.sleep(n)\n"
        "async def main():\n"
        "    ts = [asyncio.create_task(worker(n)) for n in (3, 1, 2)]\n"
        "    asyncio.get_running_loop().call_later(5, print, 'late')\n"
        "    await asyncio.sleep(4)\n"
        "asyncio.run(main())\n", false);
    const trace::Trace& t = run.trace;
    const trace::LoopSnapshot loop(t);
    auto find = [&](const QString& line) -> trace::EventId {
        return trace::EventId(run.lines.indexOf(line));
    };
    // When main suspends, its three workers are ready, in creation order.
    const trace::EventId mainWaits = find(QStringLiteral("0.000 Task-1 suspend await=\"sleep until 4.000\" line=7"));
    QVERIFY(mainWaits != trace::kNoEvent);
    QStringList ready;
    for (const trace::ReadyEntry& entry : loop.readyAfter(mainWaits))
        ready << QString::fromStdString(trace::eventLine(t, entry.run));
    QCOMPARE(ready, (QStringList{QStringLiteral("0.000 Task-2 resume cause=start"),
                                 QStringLiteral("0.000 Task-3 resume cause=start"),
                                 QStringLiteral("0.000 Task-4 resume cause=start")}));
    QStringList timers;
    for (const trace::PendingTimer& timer : loop.timersAfter(mainWaits))
        timers << QString::fromStdString(trace::timeLabel(t.event(timer.scheduled).when()));
    QCOMPARE(timers, (QStringList{QStringLiteral("4.000"), QStringLiteral("5.000")}));
    // Once every worker sleeps: five timers, by deadline.
    const trace::EventId allAsleep = find(QStringLiteral("0.000 Task-4 suspend await=\"sleep until 2.000\" line=3"));
    QVERIFY(allAsleep != trace::kNoEvent);
    QVERIFY(loop.readyAfter(allAsleep).empty());
    timers.clear();
    for (const trace::PendingTimer& timer : loop.timersAfter(allAsleep))
        timers << QString::fromStdString(trace::timeLabel(t.event(timer.scheduled).when()));
    QCOMPARE(timers, (QStringList{QStringLiteral("1.000"), QStringLiteral("2.000"), QStringLiteral("3.000"),
                                  QStringLiteral("4.000"), QStringLiteral("5.000")}));
    // At t=1 the first timer has fired: Task-3 is ready, four timers are left.
    const trace::EventId fired = find(QStringLiteral("1.000 Task-3 timer action=fired when=1.000 for=sleep"));
    QCOMPARE(loop.readyAfter(fired).size(), std::size_t(1));
    QCOMPARE(loop.timersAfter(fired).size(), std::size_t(4));
}

void tst_Recorder::recordingRunsNoneOfTheProgramsCode_data()
{
    // Programs whose objects notice being looked at, or count the collector's work: each
    // prints the same with the record on (without line events) as without.
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("a Future subclass watching its attributes") << QByteArray(
        "import asyncio\n"
        "class Nosy(asyncio.Future):\n"
        "    def __getattribute__(self, name):\n"
        "        if name.startswith('_') and not name.startswith('__'):\n"
        "            print('looked at', name)\n"
        "        return super().__getattribute__(name)\n"
        "async def main():\n"
        "    f = Nosy()\n"
        "    asyncio.get_running_loop().call_later(1, f.set_result, 5)\n"
        "    print(await f)\n"
        "asyncio.run(main())\n");
    QTest::newRow("a timeout that counts its conversions") << QByteArray(
        "import asyncio\n"
        "class Seconds:\n"
        "    def __float__(self):\n"
        "        print('converted')\n"
        "        return 1.0\n"
        "    def __le__(self, other):\n"
        "        return False\n"
        "async def main():\n"
        "    try:\n"
        "        await asyncio.wait_for(asyncio.sleep(5), Seconds())\n"
        "    except TimeoutError:\n"
        "        print('timed out')\n"
        "asyncio.run(main())\n");
    QTest::newRow("a TaskGroup subclass with a property") << QByteArray(
        "import asyncio\n"
        "class Group(asyncio.TaskGroup):\n"
        "    @property\n"
        "    def watched(self):\n"
        "        print('property ran')\n"
        "        return 1\n"
        "async def main():\n"
        "    async with Group() as tg:\n"
        "        tg.create_task(asyncio.sleep(1))\n"
        "    print('done')\n"
        "asyncio.run(main())\n");
    QTest::newRow("the collector's count") << QByteArray(
        "import asyncio, gc\n"
        "async def nop():\n    pass\n"
        "async def main():\n"
        "    gc.collect()\n"
        "    base = gc.get_count()[0]\n"
        "    for _ in range(3):\n"
        "        async with asyncio.TaskGroup() as tg:\n"
        "            tg.create_task(nop())\n"
        "            print(gc.get_count()[0] - base)\n"
        "        await asyncio.wait([asyncio.create_task(nop())])\n"
        "        print(gc.get_count()[0] - base)\n"
        "asyncio.run(main())\n");
}

void tst_Recorder::recordingRunsNoneOfTheProgramsCode()
{
    QFETCH(QByteArray, source);
    const ProgramResult plain = runProgram(worker_, source);
    const Recorded recorded = record(source, false);
    QCOMPARE(plain.outcome.end, python::RunEnd::Finished);
    QCOMPARE(QByteArray::fromStdString(recorded.out), plain.out);
}

void tst_Recorder::aTimerCancelledOnceDueEnds()
{
    // Two timers due at once: the first cancels the second, already in the ready queue.
    const Recorded run = record(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    second = None\n"
        "    def first():\n"
        "        second.cancel()\n"
        "    loop.call_later(1, first)\n"
        "    second = loop.call_later(1, print, 'never')\n"
        "    await asyncio.sleep(2)\n"
        "asyncio.run(main())\n", false);
    QStringList timers;
    for (const QString& line : run.lines) {
        if (line.contains(QLatin1String(" timer ")) && line.contains(QLatin1String("for=callback")))
            timers << line;
    }
    QCOMPARE(timers, (QStringList{
                         QStringLiteral("0.000 Task-1 timer action=scheduled when=1.000 for=callback"),
                         QStringLiteral("0.000 Task-1 timer action=scheduled when=1.000 for=callback"),
                         QStringLiteral("1.000 Task-1 timer action=fired when=1.000 for=callback"),
                         QStringLiteral("1.000 Task-1 timer action=cancelled when=1.000 for=callback"),
                     }));
}

void tst_Recorder::floatResultsReadAsRepr()
{
    // The record writes a float result itself (without asking CPython): it must read as
    // repr() does, for every magnitude and the odd values.
    const Recorded run = record(
        "import asyncio, math, random, struct\n"
        "values = [0.0, -0.0, 1.0, -2.5, 0.1, 0.3, 1/3, 1e15, 1e16, 1.5e16, 12345678901234567.0,\n"
        "          1e22, 1e-4, 1e-5, 0.00012345, 5e-324, 1.7976931348623157e308, 2.0**52,\n"
        "          float('inf'), -float('inf'), float('nan'), 100.0, 123.456, 9.999999999999999e15]\n"
        "rng = random.Random(7)\n"
        "values += [rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30) for _ in range(150)]\n"
        "values += [struct.unpack('d', struct.pack('Q', rng.getrandbits(64)))[0] for _ in range(100)]\n"
        "async def give(v):\n    return v\n"
        "async def main():\n"
        "    for v in values:\n"
        "        await asyncio.create_task(give(v))\n"
        "        print(repr(v))\n"
        "asyncio.run(main())\n", false);
    QCOMPARE(run.outcome.end, python::RunEnd::Finished);
    QStringList printed = QString::fromStdString(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList results;
    for (const QString& line : run.lines) {
        if (line.contains(QLatin1String(" done result=")) && !line.contains(QLatin1String("Task-1 ")) &&
            !line.contains(QLatin1String("result=None")))
            results << line.section(QStringLiteral(" done result="), 1);
    }
    QCOMPARE(results.size(), printed.size());
    for (int i = 0; i < printed.size(); ++i)
        QCOMPARE(results[i], printed[i]);
}

QTEST_GUILESS_MAIN(tst_Recorder)
#include "tst_recorder.moc"
