// Moving the cursor through a record as the toolbar does: by event, by line, by task,
// to the next cancellation or failure, home and end, playing; and keeping it on the
// same event when an edit re-runs the program.
#include "recording.h"

#include "eventmatch.h"
#include "playback.h"

#include <QSignalSpy>
#include <QtTest>

using namespace loopscope;
using trace::EventKind;
using ui::Playback;

namespace {

const QByteArray kProgram = R"(import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    if name == "bad":
        raise ValueError(name)
    return name

async def main():
    slow = asyncio.create_task(worker("slow", 5))
    results = await asyncio.gather(worker("a", 1), worker("bad", 2), return_exceptions=True)
    slow.cancel()
    print(results)

asyncio.run(main())
)";

} // namespace

class tst_Playback : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stepsByEventSkipLines();
    void stepsByLine();
    void stepsThroughOneTask();
    void findsCancellationsAndFailures();
    void homeEndAndPlay();
    void cursorSurvivesAnEdit();

private:
    python::Worker worker_;
    std::shared_ptr<const trace::Trace> trace_;
};

void tst_Playback::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
    trace_ = recordProgram(worker_, kProgram, true).trace;
    QVERIFY(trace_->size() > 20);
}

void tst_Playback::stepsByEventSkipLines()
{
    Playback playback;
    playback.setTrace(trace_);
    QCOMPARE(playback.cursor(), trace::EventId(0));
    QSignalSpy moved(&playback, &Playback::cursorChanged);
    for (int i = 0; i < 10; ++i) {
        playback.nextEvent();
        QVERIFY(trace_->event(playback.cursor()).kind != EventKind::Line);
    }
    QCOMPARE(moved.count(), 10);
    const trace::EventId at = playback.cursor();
    playback.nextEvent();
    playback.previousEvent();
    QCOMPARE(playback.cursor(), at);
}

void tst_Playback::stepsByLine()
{
    Playback playback;
    playback.setTrace(trace_);
    std::vector<std::uint32_t> lines;
    while (playback.target(Playback::Step::Line, +1) != trace::kNoEvent) {
        playback.nextLine();
        QCOMPARE(trace_->event(playback.cursor()).kind, EventKind::Line);
        lines.push_back(trace_->event(playback.cursor()).line);
    }
    // The module's lines, then main's, then the workers' (line 4: the sleep).
    QVERIFY(std::find(lines.begin(), lines.end(), 10u) != lines.end());
    QVERIFY(std::find(lines.begin(), lines.end(), 4u) != lines.end());
}

void tst_Playback::stepsThroughOneTask()
{
    Playback playback;
    playback.setTrace(trace_);
    QCOMPARE(playback.target(Playback::Step::Task, +1), trace::kNoEvent); // no task selected
    playback.setSelectedTask(2); // slow
    int steps = 0;
    while (playback.target(Playback::Step::Task, +1) != trace::kNoEvent) {
        playback.nextOfTask();
        QCOMPARE(trace_->event(playback.cursor()).task, trace::TaskId(2));
        ++steps;
    }
    QVERIFY(steps >= 4); // created, started, suspended, cancel requested, cancelled
    QCOMPARE(trace_->event(playback.cursor()).kind, EventKind::Cancelled);
}

void tst_Playback::findsCancellationsAndFailures()
{
    Playback playback;
    playback.setTrace(trace_);
    std::vector<EventKind> found;
    while (playback.target(Playback::Step::Trouble, +1) != trace::kNoEvent) {
        playback.nextTrouble();
        found.push_back(trace_->event(playback.cursor()).kind);
    }
    QCOMPARE(found, std::vector<EventKind>({EventKind::Failed, EventKind::Cancel, EventKind::Cancelled}));
    playback.previousTrouble();
    QCOMPARE(trace_->event(playback.cursor()).kind, EventKind::Cancel);
}

void tst_Playback::homeEndAndPlay()
{
    Playback playback;
    playback.setTrace(trace_);
    playback.end();
    QCOMPARE(playback.cursor(), trace::EventId(trace_->size() - 1));
    playback.home();
    QCOMPARE(playback.cursor(), trace::EventId(0));
    QSignalSpy playing(&playback, &Playback::playingChanged);
    playback.setSpeed(100);
    playback.play();
    QVERIFY(playback.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(playback.cursor() > 5, 2000);
    playback.pause();
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playing.count(), 2);
    // Playing stops by itself at the end.
    playback.setCursor(trace::EventId(trace_->size() - 3));
    playback.play();
    QTRY_VERIFY_WITH_TIMEOUT(!playback.isPlaying(), 2000);
    QCOMPARE(playback.target(Playback::Step::Event, +1), trace::kNoEvent);
}

void tst_Playback::cursorSurvivesAnEdit()
{
    // The learner adds a print at the top: every event moves, the cursor's stays its own.
    QByteArray edited = kProgram;
    edited.replace("async def main():\n", "async def main():\n    print('starting')\n");
    const auto after = recordProgram(worker_, edited, true).trace;
    trace::EventId failed = trace::kNoEvent;
    for (trace::EventId i = 0; i < trace_->size(); ++i) {
        if (trace_->event(i).kind == EventKind::Failed)
            failed = i;
    }
    const trace::EventId matched = ui::matchingEvent(*trace_, failed, *after);
    QVERIFY(matched != failed);
    QCOMPARE(after->event(matched).kind, EventKind::Failed);
    QCOMPARE(after->finalName(after->event(matched).task), trace_->finalName(trace_->event(failed).task));
}

QTEST_GUILESS_MAIN(tst_Playback)
#include "tst_playback.moc"
