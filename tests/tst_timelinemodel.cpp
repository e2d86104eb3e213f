// The timeline's content and its axis, from real runs: one lane per task in the order a
// learner reads them, each task's states over time, the arrows of who created, woke and
// cancelled whom, and the two scales of the time axis.
#include "recording.h"

#include "timeaxis.h"
#include "timelinemodel.h"

#include "trace/eventdescription.h"

#include <QtTest>

using namespace loopscope;
using ui::ArrowKind;
using ui::LaneEnd;
using ui::SegmentState;

namespace {

// A TaskGroup whose second child fails: its siblings and its body are cancelled.
const QByteArray kFailingGroup = corpusProgram(QStringLiteral("conformance/tasks/taskgroup_child_fails.py"));

// Lanes but asyncio.run's own shutdown tasks (which come last).
int shownLanes(const ui::TimelineModel& model)
{
    return int(std::count_if(model.lanes().begin(), model.lanes().end(),
                             [](const ui::Lane& lane) { return !lane.internal; }));
}

int countArrows(const ui::TimelineModel& model, ArrowKind kind)
{
    return int(std::count_if(model.arrows().begin(), model.arrows().end(),
                             [kind](const ui::Arrow& arrow) { return arrow.kind == kind; }));
}

} // namespace

class tst_TimelineModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void gatherLanesAndWakeUps();
    void taskGroupAbortIsDrawnAsCancels();
    void waitForTimeoutCancelsTheInnerTask();
    void segmentsCoverEachTaskWithoutOverlap();
    void timeScaleWidensBusyInstants();
    void stepsScaleGivesEachStepAColumn();
    void ticksAreRoundSeconds();
    void shutdownTasksAreInternal();

private:
    python::Worker worker_;
};

void tst_TimelineModel::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_TimelineModel::gatherLanesAndWakeUps()
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    const ui::TimelineModel model(run.trace);
    // The loop's lane, then Task-1 and its three children under it.
    QCOMPARE(shownLanes(model), 5);
    QCOMPARE(model.laneName(0), std::string("event loop"));
    QCOMPARE(model.laneName(1), std::string("Task-1"));
    for (int lane = 2; lane <= 4; ++lane) {
        QCOMPARE(model.laneName(lane), "Task-" + std::to_string(lane));
        QCOMPARE(model.lanes()[std::size_t(lane)].depth, 1);
        QCOMPARE(model.lanes()[std::size_t(lane)].end, LaneEnd::Done);
    }
    // Task-1 waits on the gather, and each child's end wakes the gather: three wake-ups
    // from the children, plus each child's own timer wake-up.
    const ui::Lane& main = model.lanes()[1];
    const auto waiting = std::find_if(main.segments.begin(), main.segments.end(), [](const ui::Segment& s) {
        return s.state == SegmentState::Waiting;
    });
    QVERIFY(waiting != main.segments.end());
    QCOMPARE(trace::waitLabel(*run.trace, waiting->suspend), std::string("gather(Task-2, Task-3, Task-4)"));
    QCOMPARE(countArrows(model, ArrowKind::Create), 3);
    QVERIFY(countArrows(model, ArrowKind::Wake) >= 4);
    QCOMPARE(countArrows(model, ArrowKind::Cancel), 0);
    const bool wokenByChild = std::any_of(model.arrows().begin(), model.arrows().end(), [](const ui::Arrow& a) {
        return a.kind == ArrowKind::Wake && a.toLane == 1 && a.fromLane >= 2;
    });
    QVERIFY(wokenByChild);
}

void tst_TimelineModel::taskGroupAbortIsDrawnAsCancels()
{
    const Recording run = recordProgram(worker_, kFailingGroup);
    QCOMPARE(run.outcome.exitStatus, 0);
    const ui::TimelineModel model(run.trace);
    QCOMPARE(shownLanes(model), 5);
    // The group's three members share a group and end as a learner expects.
    const trace::GroupId group = model.lanes()[2].group;
    QVERIFY(group != trace::kNoGroup);
    QCOMPARE(model.lanes()[3].group, group);
    QCOMPARE(model.lanes()[4].group, group);
    QCOMPARE(model.lanes()[2].end, LaneEnd::Cancelled); // fetch("a", 1)
    QCOMPARE(model.lanes()[3].end, LaneEnd::Failed);    // broken()
    QCOMPARE(model.lanes()[4].end, LaneEnd::Cancelled); // fetch("b", 2)
    QCOMPARE(model.lanes()[1].end, LaneEnd::Done);
    // The failure aborts the group: a cancel arrow from the failed child to each sibling
    // and to the body (main's own task, waiting at the end of the block).
    QCOMPARE(countArrows(model, ArrowKind::Cancel), 3);
    for (const ui::Arrow& arrow : model.arrows()) {
        if (arrow.kind != ArrowKind::Cancel)
            continue;
        QCOMPARE(arrow.fromLane, 3);
        QVERIFY(arrow.toLane == 1 || arrow.toLane == 2 || arrow.toLane == 4);
        QCOMPARE(run.trace->event(arrow.from).kind, trace::EventKind::Failed);
    }
}

void tst_TimelineModel::waitForTimeoutCancelsTheInnerTask()
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_2_wait_for.py")));
    const ui::TimelineModel model(run.trace);
    QCOMPARE(shownLanes(model), 3);
    QCOMPARE(model.lanes()[2].end, LaneEnd::Cancelled);
    QCOMPARE(countArrows(model, ArrowKind::Cancel), 1);
    const auto cancel = std::find_if(model.arrows().begin(), model.arrows().end(),
                                     [](const ui::Arrow& a) { return a.kind == ArrowKind::Cancel; });
    QCOMPARE(cancel->fromLane, 1);
    QCOMPARE(cancel->toLane, 2);
    QCOMPARE(run.trace->timeOf(cancel->to), 2.0);
}

void tst_TimelineModel::segmentsCoverEachTaskWithoutOverlap()
{
    const Recording run = recordProgram(worker_, kFailingGroup);
    const ui::TimelineModel model(run.trace);
    for (std::size_t lane = 1; lane < std::size_t(shownLanes(model)); ++lane) {
        const auto& segments = model.lanes()[lane].segments;
        QVERIFY(!segments.empty());
        QCOMPARE(segments.front().from, model.lanes()[lane].created);
        for (std::size_t i = 1; i < segments.size(); ++i)
            QVERIFY2(segments[i].from >= segments[i - 1].to, qPrintable(QStringLiteral("lane %1").arg(lane)));
        // Any event inside the task's life finds its segment.
        const trace::EventId middle = (segments.front().from + segments.back().to) / 2;
        QVERIFY(model.segmentAt(int(lane), middle) != nullptr);
    }
}

void tst_TimelineModel::timeScaleWidensBusyInstants()
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    const ui::TimeAxis axis(*run.trace, ui::TimeAxis::Scale::Time);
    double previous = -1;
    int distinctAtZero = 0;
    for (trace::EventId id = 0; id < run.trace->size(); ++id) {
        const double position = axis.positionOf(id);
        QVERIFY(position >= previous);
        if (run.trace->timeOf(id) == 0 && position > previous)
            ++distinctAtZero;
        previous = position;
        QCOMPARE(axis.eventAt(position) >= id || axis.positionOf(axis.eventAt(position)) == position, true);
    }
    // The steps at t=0 are spread out, not piled on one pixel.
    QVERIFY(distinctAtZero >= 5);
    // And the rest of the axis keeps time's proportions: 1 s to 2 s is as wide as 2 s to 3 s
    // where nothing happens at those instants.
    QVERIFY(axis.positionOfTime(2.0) > axis.positionOfTime(1.0));
    QVERIFY(axis.timeAt(axis.length()) >= 2.0);
}

void tst_TimelineModel::stepsScaleGivesEachStepAColumn()
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    const ui::TimeAxis axis(*run.trace, ui::TimeAxis::Scale::Steps);
    for (trace::EventId id = 1; id < run.trace->size(); ++id)
        QVERIFY(axis.positionOf(id) > axis.positionOf(id - 1));
    QCOMPARE(axis.eventAt(axis.positionOf(7)), trace::EventId(7));
}

void tst_TimelineModel::ticksAreRoundSeconds()
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    const ui::TimeAxis axis(*run.trace, ui::TimeAxis::Scale::Time);
    const auto ticks = axis.ticks(0, axis.length(), axis.length() / 1000);
    int majors = 0;
    for (const auto& tick : ticks) {
        if (!tick.major)
            continue;
        ++majors;
        // 0.5 s steps or rounder: tenths at worst.
        QVERIFY2(std::fabs(tick.seconds * 10 - std::round(tick.seconds * 10)) < 1e-9, qPrintable(QString::number(tick.seconds)));
    }
    QVERIFY(majors >= 3);
}

void tst_TimelineModel::shutdownTasksAreInternal()
{
    // An async generator left suspended: asyncio.run's shutdown finalises it in a task of
    // its own, which is asyncio's, not the program's.
    const Recording run = recordProgram(worker_, R"(import asyncio
async def ticks():
    while True:
        yield 1
        await asyncio.sleep(1)
async def main():
    async for _ in ticks():
        break
asyncio.run(main())
)");
    const ui::TimelineModel model(run.trace);
    int internal = 0;
    for (const ui::Lane& lane : model.lanes())
        internal += lane.internal;
    QVERIFY(internal >= 1);
    QVERIFY(!model.lanes()[1].internal); // the main task comes first
    QVERIFY(model.lanes().back().internal);
}

QTEST_GUILESS_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
