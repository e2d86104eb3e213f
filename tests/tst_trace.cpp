// The event record as plain data: times and iterations found from their marks, events
// that name what does not exist refused, the byte stream rebuilt whole from any split,
// a damaged stream refused without harm, and the text, JSON and Chrome writers giving
// what a reader (a diff, a JSON parser, Perfetto) can take.
#include "trace/eventdescription.h"
#include "trace/trace.h"
#include "trace/tracechrome.h"
#include "trace/tracejson.h"
#include "trace/tracestream.h"
#include "trace/tracetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopscope::trace;

class tst_Trace : public QObject {
    Q_OBJECT

private slots:
    void timesAndIterationsComeFromMarks();
    void refusesEventsNamingWhatDoesNotExist();
    void namesFollowRenames();
    void streamRebuildsTheTraceFromAnySplit();
    void damagedStreamIsRefused();
    void textLinesReadAsDocumented();
    void textQuotesWhatNeedsIt();
    void jsonHoldsEveryTaskAndEvent();
    void jsonIsValidUtf8ForAnyOutput();
    void chromeFormatHasAThreadPerTask();
    void aMillionEventsFitInTheBudget();
};

namespace {

Event makeEvent(EventKind kind, TaskId task, EventId cause = kNoEvent, std::uint32_t line = 0)
{
    Event e;
    e.kind = kind;
    e.task = task;
    e.cause = cause;
    e.line = line;
    return e;
}

// A small run, encoded as the worker encodes it: main creates a worker that sleeps one
// second, prints, and ends; main waits for it in a gather.
std::string encodedRun()
{
    TraceEncoder encoder;
    TaskRecord main;
    main.name = encoder.intern("Task-1");
    main.coroutine = encoder.intern("main");
    main.line = 12;
    const TaskId mainId = encoder.addTask(main);
    encoder.append(makeEvent(EventKind::Create, mainId, kNoEvent, 12), 0.0, 0);           // 0
    Event resume = makeEvent(EventKind::Resume, mainId, 0);
    resume.sub = std::uint8_t(ResumeCause::Start);
    encoder.append(resume, 0.0, 1);                                                   // 1
    TaskRecord worker;
    worker.name = encoder.intern("Task-2");
    worker.coroutine = encoder.intern("worker");
    worker.parent = mainId;
    worker.line = 9;
    const TaskId workerId = encoder.addTask(worker);
    encoder.append(makeEvent(EventKind::Create, workerId, 1, 9), 0.0, 1);                 // 2
    const TaskId members[] = {workerId};
    WaitRecord gather;
    gather.kind = WaitKind::Gather;
    Event suspend = makeEvent(EventKind::Suspend, mainId, 1, 10);
    suspend.sub = std::uint8_t(WaitKind::Gather);
    suspend.arg = encoder.addWait(gather, members);
    encoder.append(suspend, 0.0, 1);                                                  // 3
    Event start = makeEvent(EventKind::Resume, workerId, 2);
    start.sub = std::uint8_t(ResumeCause::Start);
    encoder.append(start, 0.0, 2);                                                    // 4
    Event timer = makeEvent(EventKind::Timer, workerId, 4);
    timer.sub = std::uint8_t(TimerAction::Scheduled);
    timer.extra = std::uint16_t(TimerPurpose::Sleep);
    timer.setWhen(1.0);
    encoder.append(timer, 0.0, 2);                                                    // 5
    Event sleep = makeEvent(EventKind::Suspend, workerId, 4, 5);
    sleep.sub = std::uint8_t(WaitKind::Sleep);
    sleep.setWhen(1.0);
    encoder.append(sleep, 0.0, 2);                                                    // 6
    Event fired = timer;
    fired.sub = std::uint8_t(TimerAction::Fired);
    fired.cause = 5;
    encoder.append(fired, 1.0, 3);                                                    // 7
    Event wake = makeEvent(EventKind::Resume, workerId, 7);
    wake.sub = std::uint8_t(ResumeCause::Wakeup);
    encoder.append(wake, 1.0, 4);                                                     // 8
    const std::string text = "hello \"world\"\n";
    Event print = makeEvent(EventKind::Print, workerId, 8, 6);
    print.sub = std::uint8_t(Stream::Stdout);
    print.setPair(std::uint32_t(encoder.addOutput(text)), std::uint32_t(text.size()));
    encoder.append(print, 1.0, 4);                                                    // 9
    Event done = makeEvent(EventKind::Done, workerId, 8);
    done.arg = encoder.intern("'x'");
    encoder.append(done, 1.0, 4);                                                     // 10
    return encoder.take();
}

Trace decoded(const std::string& bytes)
{
    Trace trace;
    TraceDecoder decoder(trace);
    decoder.feed(bytes);
    return trace;
}

} // namespace

void tst_Trace::timesAndIterationsComeFromMarks()
{
    const Trace trace = decoded(encodedRun());
    QCOMPARE(trace.size(), std::size_t(11));
    QCOMPARE(trace.timeOf(0), 0.0);
    QCOMPARE(trace.timeOf(6), 0.0);
    QCOMPARE(trace.timeOf(7), 1.0);
    QCOMPARE(trace.timeOf(10), 1.0);
    QCOMPARE(trace.iterationOf(0), 0u);
    QCOMPARE(trace.iterationOf(3), 1u);
    QCOMPARE(trace.iterationOf(4), 2u);
    QCOMPARE(trace.iterationOf(10), 4u);
    QCOMPARE(trace.task(2).created, EventId(2));
    QCOMPARE(trace.task(2).ended, EventId(10));
    QCOMPARE(trace.task(1).ended, kNoEvent);
}

void tst_Trace::refusesEventsNamingWhatDoesNotExist()
{
    Trace trace;
    TaskRecord task;
    task.name = trace.addString("Task-1");
    const TaskId id = trace.addTask(task);
    QVERIFY(!trace.append(makeEvent(EventKind::Resume, id + 1)));          // no such task
    QVERIFY(trace.append(makeEvent(EventKind::Create, id)));
    QVERIFY(!trace.append(makeEvent(EventKind::Create, id)));              // created twice
    QVERIFY(!trace.append(makeEvent(EventKind::Resume, id, 5)));           // cause in the future
    Event suspend = makeEvent(EventKind::Suspend, id, 0);
    suspend.sub = std::uint8_t(WaitKind::Gather);
    suspend.arg = 3;                                                   // no such wait
    QVERIFY(!trace.append(suspend));
    Event done = makeEvent(EventKind::Done, id, 0);
    done.arg = 99;                                                     // no such string
    QVERIFY(!trace.append(done));
    Event strange = makeEvent(EventKind::Line, id);
    strange.kind = EventKind(200);
    QVERIFY(!trace.append(strange));
    QCOMPARE(trace.size(), std::size_t(1));
}

void tst_Trace::namesFollowRenames()
{
    Trace trace;
    TaskRecord task;
    task.name = trace.addString("Task-1");
    const TaskId id = trace.addTask(task);
    QVERIFY(trace.append(makeEvent(EventKind::Create, id)));
    Event rename = makeEvent(EventKind::Rename, id, 0);
    rename.arg = trace.addString("fetcher");
    QVERIFY(trace.append(rename));
    QVERIFY(trace.append(makeEvent(EventKind::Line, id, 0, 3)));
    QCOMPARE(trace.nameAt(id, 0), std::string_view("Task-1"));
    QCOMPARE(trace.nameAt(id, 1), std::string_view("fetcher"));
    QCOMPARE(trace.finalName(id), std::string_view("fetcher"));
    QCOMPARE(eventLine(trace, 2), std::string("0.000 fetcher line line=3"));
}

void tst_Trace::streamRebuildsTheTraceFromAnySplit()
{
    const std::string bytes = encodedRun();
    std::string whole;
    writeText(decoded(bytes), whole);
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        Trace trace;
        TraceDecoder decoder(trace);
        QVERIFY(decoder.feed(std::string_view(bytes).substr(0, cut)));
        QVERIFY(decoder.feed(std::string_view(bytes).substr(cut)));
        QVERIFY(decoder.atBoundary());
        std::string text;
        writeText(trace, text);
        QCOMPARE(text, whole);
    }
    // Byte by byte.
    Trace trace;
    TraceDecoder decoder(trace);
    for (char c : bytes)
        QVERIFY(decoder.feed(std::string_view(&c, 1)));
    std::string text;
    writeText(trace, text);
    QCOMPARE(text, whole);
}

void tst_Trace::damagedStreamIsRefused()
{
    const std::string bytes = encodedRun();
    // Every single-byte corruption either decodes (to something valid) or is refused;
    // none crashes or yields an event that names what does not exist.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (unsigned char flip : {0x01u, 0x80u, 0xffu}) {
            std::string damaged = bytes;
            damaged[i] = char(static_cast<unsigned char>(damaged[i]) ^ flip);
            Trace trace;
            TraceDecoder decoder(trace);
            const bool ok = decoder.feed(damaged);
            QCOMPARE(ok, decoder.error().empty());
            for (EventId id = 0; id < trace.size(); ++id) {
                QVERIFY(trace.event(id).task < trace.tasks().size());
                QVERIFY(trace.event(id).cause == kNoEvent || trace.event(id).cause < id);
                eventLine(trace, id); // every line can be written
            }
        }
    }
    Trace trace;
    TraceDecoder decoder(trace);
    QVERIFY(!decoder.feed(std::string("Z123")));
    QVERIFY(!decoder.error().empty());
    QVERIFY(!decoder.feed(encodedRun())); // stays refused
}

void tst_Trace::textLinesReadAsDocumented()
{
    std::string text;
    writeText(decoded(encodedRun()), text);
    const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], QStringLiteral("0.000 Task-1 create coro=main parent=- line=12"));
    QCOMPARE(lines[1], QStringLiteral("0.000 Task-1 resume cause=start"));
    QCOMPARE(lines[2], QStringLiteral("0.000 Task-2 create coro=worker parent=Task-1 line=9"));
    QCOMPARE(lines[3], QStringLiteral("0.000 Task-1 suspend await=gather(Task-2) line=10"));
    QCOMPARE(lines[5], QStringLiteral("0.000 Task-2 timer action=scheduled when=1.000 for=sleep"));
    QCOMPARE(lines[6], QStringLiteral("0.000 Task-2 suspend await=\"sleep until 1.000\" line=5"));
    QCOMPARE(lines[7], QStringLiteral("1.000 Task-2 timer action=fired when=1.000 for=sleep"));
    QCOMPARE(lines[8], QStringLiteral("1.000 Task-2 resume cause=timer"));
    QCOMPARE(lines[9], QStringLiteral("1.000 Task-2 print stream=stdout text=\"hello \\\"world\\\"\\n\" line=6"));
    QCOMPARE(lines[10], QStringLiteral("1.000 Task-2 done result='x'"));
}

void tst_Trace::textQuotesWhatNeedsIt()
{
    QCOMPARE(quoteValue("Task-1"), std::string("Task-1"));
    QCOMPARE(quoteValue(""), std::string("\"\""));
    QCOMPARE(quoteValue("a b"), std::string("\"a b\""));
    QCOMPARE(quoteValue("k=v"), std::string("\"k=v\""));
    QCOMPARE(quoteValue("tab\there"), std::string("\"tab\\there\""));
    QCOMPARE(quoteValue(std::string("nul\0", 4)), std::string("\"nul\\x00\""));
    QCOMPARE(quoteValue("caf\xc3\xa9"), std::string("caf\xc3\xa9"));
}

void tst_Trace::jsonHoldsEveryTaskAndEvent()
{
    const Trace trace = decoded(encodedRun());
    RunSummary run;
    run.program = "/tmp/program.py";
    run.python = "3.11.2";
    run.end = "finished";
    std::string json;
    writeJson(trace, run, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("loopscope-trace"));
    QCOMPARE(root[QStringLiteral("version")].toInt(), kJsonVersion);
    QCOMPARE(root[QStringLiteral("outcome")].toObject()[QStringLiteral("exit_status")].toInt(), 0);
    const QJsonArray tasks = root[QStringLiteral("tasks")].toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[1].toObject()[QStringLiteral("parent")].toInt(), 1);
    QCOMPARE(tasks[1].toObject()[QStringLiteral("end")].toString(), QStringLiteral("done"));
    QVERIFY(tasks[0].toObject()[QStringLiteral("end")].isNull());
    const QJsonArray events = root[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 11);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events[i].toObject()[QStringLiteral("seq")].toInt(), i);
    const QJsonObject sleep = events[6].toObject()[QStringLiteral("await")].toObject();
    QCOMPARE(sleep[QStringLiteral("kind")].toString(), QStringLiteral("sleep"));
    QCOMPARE(sleep[QStringLiteral("until")].toDouble(), 1.0);
    const QJsonObject gather = events[3].toObject()[QStringLiteral("await")].toObject();
    QCOMPARE(gather[QStringLiteral("tasks")].toArray().size(), 1);
    QCOMPARE(events[9].toObject()[QStringLiteral("text")].toString(), QStringLiteral("hello \"world\"\n"));
    QCOMPARE(events[8].toObject()[QStringLiteral("cause")].toInt(), 7);
    QCOMPARE(root[QStringLiteral("output")].toString(), QStringLiteral("hello \"world\"\n"));
}

void tst_Trace::jsonIsValidUtf8ForAnyOutput()
{
    Trace trace;
    TaskRecord task;
    task.name = trace.addString("bad \xff name \xc3");
    const TaskId id = trace.addTask(task);
    QVERIFY(trace.append(makeEvent(EventKind::Create, id)));
    const std::string text = std::string("surrogate-escaped \xed\xa0\x80 byte \x80 and \x01 control\n");
    Event print = makeEvent(EventKind::Print, id, 0);
    print.setPair(std::uint32_t(trace.appendOutput(text)), std::uint32_t(text.size()));
    QVERIFY(trace.append(print));
    std::string json;
    writeJson(trace, RunSummary(), json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QString printed = document.object()[QStringLiteral("events")].toArray()[1].toObject()[QStringLiteral("text")].toString();
    QVERIFY(printed.contains(QChar(0xfffd)));
    QVERIFY(printed.contains(QStringLiteral("\x01 control")));
}

void tst_Trace::chromeFormatHasAThreadPerTask()
{
    const Trace trace = decoded(encodedRun());
    RunSummary run;
    run.program = "/tmp/program.py";
    run.end = "finished";
    std::string json;
    writeChrome(trace, run, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QStringList threads;
    int steps = 0, flows = 0;
    double lastTs = -1;
    for (const QJsonValue& value : document.object()[QStringLiteral("traceEvents")].toArray()) {
        const QJsonObject entry = value.toObject();
        const QString phase = entry[QStringLiteral("ph")].toString();
        if (phase == QLatin1String("M") && entry[QStringLiteral("name")].toString() == QLatin1String("thread_name"))
            threads << entry[QStringLiteral("args")].toObject()[QStringLiteral("name")].toString();
        if (phase == QLatin1String("X") && entry[QStringLiteral("name")].toString() == QLatin1String("step"))
            ++steps;
        if (phase == QLatin1String("f"))
            ++flows;
        if (phase == QLatin1String("i"))
            lastTs = qMax(lastTs, entry[QStringLiteral("ts")].toDouble());
    }
    QCOMPARE(threads, (QStringList{QStringLiteral("event loop"), QStringLiteral("Task-1 main()"),
                                   QStringLiteral("Task-2 worker()")}));
    QCOMPARE(steps, 3); // main's first step, the worker's two
    QCOMPARE(flows, 1); // the timer wakes the worker
    QVERIFY(lastTs >= 1e6);
}

void tst_Trace::aMillionEventsFitInTheBudget()
{
    // The shape of a big fan-out: per sleep, a timer scheduled, a suspend, the timer
    // firing and a resume; a task every ten sleeps.
    TraceEncoder encoder;
    std::string bytes;
    Trace trace;
    TraceDecoder decoder(trace);
    TaskId task = kNoTask;
    double time = 0;
    for (int i = 0; i < 250'000; ++i) {
        if (i % 10 == 0) {
            TaskRecord record;
            record.name = encoder.intern("Task-" + std::to_string(i / 10 + 1));
            record.coroutine = encoder.intern("worker");
            task = encoder.addTask(record);
            encoder.append(makeEvent(EventKind::Create, task, kNoEvent, 5), time, std::uint32_t(2 * i + 1));
        }
        time += 0.001;
        Event timer = makeEvent(EventKind::Timer, task, encoder.nextEvent() - 1);
        timer.setWhen(time);
        const EventId scheduled = encoder.append(timer, time, std::uint32_t(2 * i + 1));
        Event sleep = makeEvent(EventKind::Suspend, task, scheduled - 1, 6);
        sleep.sub = std::uint8_t(WaitKind::Sleep);
        sleep.setWhen(time);
        encoder.append(sleep, time, std::uint32_t(2 * i + 1));
        Event fired = timer;
        fired.sub = std::uint8_t(TimerAction::Fired);
        fired.cause = scheduled;
        encoder.append(fired, time, std::uint32_t(2 * i + 2));
        Event wake = makeEvent(EventKind::Resume, task, scheduled + 2);
        wake.sub = std::uint8_t(ResumeCause::Wakeup);
        encoder.append(wake, time, std::uint32_t(2 * i + 2));
        if (encoder.pending() > 1 << 20)
            QVERIFY(decoder.feed(encoder.take()));
    }
    QVERIFY(decoder.feed(encoder.take()));
    trace.shrink();
    QVERIFY(trace.size() >= 1'000'000);
    const double perEvent = double(trace.memoryBytes()) / double(trace.size());
    qInfo("%zu events, %.1f bytes each (budget 32)", trace.size(), perEvent);
    QVERIFY2(perEvent <= 32.0, qPrintable(QString::number(perEvent)));
}

QTEST_GUILESS_MAIN(tst_Trace)
#include "tst_trace.moc"
