// The inspector, from real runs: the loop's ready queue and timers as LoopSnapshot gives
// them, each task's state, cancellation requests and await chain, the bookkeeping of
// gather, wait, wait_for, as_completed and TaskGroup at chosen cursors, the caps on a big
// record, and the view's rows: their words, their reuse while stepping, the expanded
// sections kept across records, and the signals of a click.
#include "recording.h"

#include "inspectorview.h"
#include "loopinspection.h"

#include "trace/eventdescription.h"
#include "trace/loopsnapshot.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <chrono>

using namespace loopscope;
using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;
using trace::WaitKind;
using ui::TaskState;

namespace {

// A TaskGroup whose second child fails: its siblings and its body are cancelled.
const QByteArray kFailingGroup = corpusProgram(QStringLiteral("conformance/tasks/taskgroup_child_fails.py"));

const QByteArray kFailingGather = R"(import asyncio

async def slow():
    await asyncio.sleep(2)
    return "slow done"

async def broken():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    try:
        await asyncio.gather(slow(), broken())
    except ValueError as error:
        print("gather raised", repr(error))
    await asyncio.sleep(3)

asyncio.run(main())
)";

const QByteArray kThreeTasks = R"(import asyncio

async def nap(seconds):
    await asyncio.sleep(seconds)

async def main():
    a = asyncio.create_task(nap(3))
    b = asyncio.create_task(nap(1))
    c = asyncio.create_task(nap(2))
    asyncio.get_running_loop().call_later(1.5, print, "tick")
    await asyncio.wait_for(asyncio.gather(a, b, c), timeout=10)

asyncio.run(main())
)";

const QByteArray kChain = R"(import asyncio

async def leaf():
    await asyncio.sleep(1)
    return "leaf"

async def middle():
    return await asyncio.create_task(leaf())

async def main():
    print(await asyncio.create_task(middle()))

asyncio.run(main())
)";

const QByteArray kUncancel = R"(import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        asyncio.current_task().uncancel()
        await asyncio.sleep(1)
    return "survived"

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel("stop")
    print(await task)

asyncio.run(main())
)";

// The first event of `kind` about the task named `task` at or after `from`.
EventId findEvent(const trace::Trace& trace, EventKind kind, std::string_view task, EventId from = 0)
{
    for (EventId id = from; id < trace.size(); ++id)
        if (trace.event(id).kind == kind && trace.nameAt(trace.event(id).task, id) == task)
            return id;
    return kNoEvent;
}

const ui::TaskItem* taskNamed(const ui::Inspection& in, std::string_view name)
{
    for (const ui::TaskItem& task : in.tasks)
        if (task.name == name)
            return &task;
    return nullptr;
}

const ui::MultiWaitItem* waitOfKind(const ui::Inspection& in, WaitKind kind)
{
    for (const ui::MultiWaitItem& wait : in.waits)
        if (wait.kind == kind)
            return &wait;
    return nullptr;
}

struct Inspected {
    Recording run;
    std::shared_ptr<const ui::TimelineModel> model;
    std::unique_ptr<ui::LoopInspection> inspection;
};

// The child of `parent` whose first column starts with `prefix`.
QTreeWidgetItem* childStarting(QTreeWidgetItem* parent, const QString& prefix)
{
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(0).startsWith(prefix))
            return parent->child(i);
    return nullptr;
}

} // namespace

class tst_InspectorView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithLoopSnapshot_data();
    void agreesWithLoopSnapshot();
    void readyQueueInCreationOrder();
    void timersByDeadline();
    void gatherMidway();
    void gatherFailureKeepsTheOthersRunning();
    void taskGroupAbortCancelsTheOthers();
    void articleTaskGroupFailsInItsBody();
    void waitForTimeout();
    void waitFirstCompleted();
    void asCompletedSet();
    void awaitChainDownToTheSleep();
    void cancelRequestsAndUncancel();
    void bigRecordIsCapped();
    void viewWords();
    void viewReusesRowsWhileStepping();
    void viewKeepsExpansionAcrossRecords();
    void viewSignals();

private:
    Inspected inspect(const QByteArray& source, const ui::LoopInspection::Limits& limits = {});

    python::Worker worker_;
};

void tst_InspectorView::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

Inspected tst_InspectorView::inspect(const QByteArray& source, const ui::LoopInspection::Limits& limits)
{
    Inspected result;
    result.run = recordProgram(worker_, source);
    result.model = std::make_shared<const ui::TimelineModel>(result.run.trace);
    result.inspection = std::make_unique<ui::LoopInspection>(result.model, limits);
    return result;
}

void tst_InspectorView::agreesWithLoopSnapshot_data()
{
    QTest::addColumn<QByteArray>("source");
    for (const char* name : {"article_1_named_tasks", "article_2_wait_for", "article_3_wait", "article_4_gather",
                             "article_5_as_completed", "article_6_taskgroup"})
        QTest::newRow(name) << corpusProgram(QStringLiteral("conformance/article/%1.py").arg(QLatin1String(name)));
    QTest::newRow("failing group") << kFailingGroup;
    QTest::newRow("failing gather") << kFailingGather;
    QTest::newRow("three tasks") << kThreeTasks;
    QTest::newRow("chain") << kChain;
    QTest::newRow("uncancel") << kUncancel;
}

// At every event: the ready queue and the timers are LoopSnapshot's, the labels are
// waitLabel's and the names Trace::nameAt's, and every task created by then is listed
// in the state its timeline segment shows.
void tst_InspectorView::agreesWithLoopSnapshot()
{
    QFETCH(QByteArray, source);
    ui::LoopInspection::Limits unlimited;
    unlimited.ready = unlimited.timers = unlimited.tasks = 1'000'000;
    const Inspected in = inspect(source, unlimited);
    const trace::Trace& trace = *in.run.trace;
    QVERIFY(!trace.empty());
    const trace::LoopSnapshot snapshot(trace);
    for (EventId at = 0; at < trace.size(); ++at) {
        const ui::Inspection inspection = in.inspection->at(at);
        const auto ready = snapshot.readyAfter(at);
        QCOMPARE(inspection.ready.size(), ready.size());
        QCOMPARE(inspection.readyCount, ready.size());
        for (std::size_t i = 0; i < ready.size(); ++i) {
            QCOMPARE(inspection.ready[i].run, ready[i].run);
            QCOMPARE(inspection.ready[i].queued, ready[i].queued);
        }
        const auto timers = snapshot.timersAfter(at);
        QCOMPARE(inspection.timerCount, timers.size());
        QCOMPARE(inspection.timers.size(), timers.size());
        for (std::size_t i = 0; i < timers.size(); ++i)
            QCOMPARE(inspection.timers[i].scheduled, timers[i].scheduled);

        std::size_t created = 0;
        for (trace::TaskId id = 1; id < trace.tasks().size(); ++id)
            created += trace.task(id).created <= at;
        QCOMPARE(inspection.taskCount, created);
        QCOMPARE(inspection.tasks.size(), created);
        for (const ui::TaskItem& task : inspection.tasks) {
            QCOMPARE(task.name, std::string(trace.nameAt(task.task, at)));
            const ui::Segment* segment = in.model->segmentAt(in.model->laneOfTask(task.task), at);
            if (ui::isEnded(task.state)) {
                QVERIFY(trace.task(task.task).ended <= at);
            } else {
                QVERIFY(segment);
                QCOMPARE(task.since, segment->from);
                QCOMPARE(task.state == TaskState::Running, segment->state == ui::SegmentState::Running);
                QCOMPARE(task.state == TaskState::Waiting, segment->state == ui::SegmentState::Waiting);
                if (task.state == TaskState::Running)
                    QCOMPARE(inspection.running, task.task);
            }
        }
        if (trace.event(at).kind == EventKind::Suspend)
            QCOMPARE(in.inspection->awaitLabel(at), trace::waitLabel(trace, at));
    }
}

void tst_InspectorView::readyQueueInCreationOrder()
{
    const Inspected in = inspect(kThreeTasks);
    const trace::Trace& trace = *in.run.trace;
    // Just after main created its third task (and before it awaits): the three first
    // steps, in the order the tasks were created, behind nothing else.
    const EventId third = findEvent(trace, EventKind::Create, "Task-4");
    QVERIFY(third != kNoEvent);
    const ui::Inspection at = in.inspection->at(third);
    QCOMPARE(at.running, trace::TaskId(1));
    QCOMPARE(at.readyCount, std::size_t(3));
    const char* names[] = {"Task-2 (nap())", "Task-3 (nap())", "Task-4 (nap())"};
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(at.ready[i].kind, ui::ReadyItem::Kind::TaskStep);
        QCOMPARE(at.ready[i].what, std::string(names[i]));
        QCOMPARE(trace.event(at.ready[i].run).kind, EventKind::Resume);
        QCOMPARE(trace::ResumeCause(trace.event(at.ready[i].run).sub), trace::ResumeCause::Start);
    }
    const ui::TaskItem* second = taskNamed(at, "Task-3");
    QVERIFY(second);
    QCOMPARE(second->state, TaskState::Ready);
    QCOMPARE(taskNamed(at, "Task-1")->state, TaskState::Running);
}

void tst_InspectorView::timersByDeadline()
{
    const Inspected in = inspect(kThreeTasks);
    const trace::Trace& trace = *in.run.trace;
    // Once the three naps sleep: their timers, the call_later and wait_for's timeout,
    // soonest first, whatever order they were scheduled in.
    const EventId lastSuspend = findEvent(trace, EventKind::Suspend, "Task-4");
    QVERIFY(lastSuspend != kNoEvent);
    const ui::Inspection at = in.inspection->at(lastSuspend);
    QCOMPARE(at.timerCount, std::size_t(5));
    const double deadlines[] = {1, 1.5, 2, 3, 10};
    const trace::TimerPurpose purposes[] = {trace::TimerPurpose::Sleep, trace::TimerPurpose::Callback,
                                            trace::TimerPurpose::Sleep, trace::TimerPurpose::Sleep,
                                            trace::TimerPurpose::WaitFor};
    const char* owners[] = {"Task-3", "Task-1", "Task-4", "Task-2", "Task-1"};
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(at.timers[i].deadline, deadlines[i]);
        QCOMPARE(at.timers[i].purpose, purposes[i]);
        QCOMPARE(std::string(trace.nameAt(at.timers[i].owner, lastSuspend)), std::string(owners[i]));
        QVERIFY(!at.timers[i].due);
    }
    // After the first nap's timer fired, four remain.
    const EventId fired = findEvent(trace, EventKind::Timer, "Task-3", lastSuspend + 1);
    QCOMPARE(in.inspection->at(fired).timerCount, std::size_t(4));
}

void tst_InspectorView::gatherMidway()
{
    const Inspected in = inspect(corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    const trace::Trace& trace = *in.run.trace;
    // At 2.516 two children are done (Task-4, then Task-3) and Task-2 still sleeps.
    const EventId secondDone = findEvent(trace, EventKind::Done, "Task-3");
    QVERIFY(secondDone != kNoEvent);
    const ui::Inspection at = in.inspection->at(secondDone);
    const ui::MultiWaitItem* gather = waitOfKind(at, WaitKind::Gather);
    QVERIFY(gather);
    QVERIFY(gather->active);
    QCOMPARE(gather->total, 3u);
    QCOMPARE(gather->done, 2u);
    QCOMPARE(gather->pending, 1u);
    QCOMPARE(gather->failed, 0u);
    QCOMPARE(gather->members.size(), std::size_t(3));
    QCOMPARE(gather->members[0].name, std::string("Task-2"));
    QCOMPARE(gather->members[0].state, TaskState::Waiting);
    QCOMPARE(gather->members[0].awaits, std::string("sleep until 2.689"));
    QCOMPARE(gather->members[1].state, TaskState::Done);
    QCOMPARE(gather->members[1].outcome, std::string("'Task 2 done'"));
    QCOMPARE(gather->members[1].ended, secondDone);

    const ui::TaskItem* main = taskNamed(at, "Task-1");
    QVERIFY(main);
    QCOMPARE(main->state, TaskState::Waiting);
    QCOMPARE(main->waitKind, WaitKind::Gather);
    QCOMPARE(main->awaits, std::string("gather(Task-2, Task-3, Task-4)"));
    QCOMPARE(main->chain.size(), std::size_t(3));
    QCOMPARE(main->chain[0].task, trace::TaskId(2));
    QCOMPARE(main->chain[0].awaits, std::string("sleep until 2.689"));
    QCOMPARE(main->chain[2].state, TaskState::Done);
    // The pending child's timer is the only one left.
    QCOMPARE(at.timerCount, std::size_t(1));
    QCOMPARE(at.timers[0].deadline, trace.event(at.timers[0].scheduled).when());
    // Once all are done the gather is over and Task-1 runs on.
    const EventId mainDone = findEvent(trace, EventKind::Done, "Task-1");
    const ui::Inspection end = in.inspection->at(mainDone);
    const ui::MultiWaitItem* over = waitOfKind(end, WaitKind::Gather);
    QVERIFY(over);
    QVERIFY(!over->active);
    QCOMPARE(over->done, 3u);
}

void tst_InspectorView::gatherFailureKeepsTheOthersRunning()
{
    const Inspected in = inspect(kFailingGather);
    const trace::Trace& trace = *in.run.trace;
    QCOMPARE(in.run.outcome.exitStatus, 0);
    // Task-1 prints gather's error while Task-2 (slow) still sleeps: gather cancels nothing.
    const EventId printed = findEvent(trace, EventKind::Print, "Task-1");
    QVERIFY(printed != kNoEvent);
    const ui::Inspection at = in.inspection->at(printed);
    const ui::MultiWaitItem* gather = waitOfKind(at, WaitKind::Gather);
    QVERIFY(gather);
    QVERIFY(!gather->active);
    QCOMPARE(gather->failed, 1u);
    QCOMPARE(gather->pending, 1u);
    QCOMPARE(gather->cancelled, 0u);
    QCOMPARE(gather->errors.size(), std::size_t(1));
    QCOMPARE(gather->errors[0].name, std::string("Task-3"));
    QCOMPARE(gather->errors[0].outcome, std::string("ValueError('boom')"));
    const ui::TaskItem* slow = taskNamed(at, "Task-2");
    QVERIFY(slow);
    QCOMPARE(slow->state, TaskState::Waiting);
    QCOMPARE(slow->awaits, std::string("sleep until 2.000"));
    QVERIFY(slow->cancels.empty());

    ui::InspectorView view;
    view.setModel(in.model);
    view.setCursor(printed);
    QTreeWidgetItem* waits = view.section(ui::InspectorView::WaitsSection);
    QTreeWidgetItem* row = childStarting(waits, QStringLiteral("gather, awaited by Task-1"));
    QVERIFY(row);
    const QString note = row->child(0)->text(0).simplified(); // wrapped to the view's width
    QVERIFY2(note.contains(QLatin1String("Task-3 failed")) && note.contains(QLatin1String("gather cancels nothing")) &&
                 note.contains(QLatin1String("Task-2 kept running")),
             qPrintable(note));
}

void tst_InspectorView::taskGroupAbortCancelsTheOthers()
{
    const Inspected in = inspect(kFailingGroup);
    const trace::Trace& trace = *in.run.trace;
    // Before the failure: the owner waits at the end of its async with, nothing aborts.
    const EventId lastSuspend = findEvent(trace, EventKind::Suspend, "Task-4");
    const ui::Inspection before = in.inspection->at(lastSuspend);
    const ui::MultiWaitItem* group = waitOfKind(before, WaitKind::TaskGroup);
    QVERIFY(group);
    QVERIFY(group->active);
    QVERIFY(!group->aborting);
    QVERIFY(group->ownerWaiting);
    QCOMPARE(group->pending, 3u);
    QCOMPARE(trace.nameAt(group->waiter, lastSuspend), std::string_view("Task-1"));
    QCOMPARE(taskNamed(before, "Task-1")->waitKind, WaitKind::TaskGroup);

    // Just after the abort's last cancel: broken() failed, the group aborts, its error is
    // collected, the siblings have a TaskGroup cancellation standing, not yet thrown in.
    const EventId failed = findEvent(trace, EventKind::Failed, "Task-3");
    const EventId lastCancel = findEvent(trace, EventKind::Cancel, "Task-4");
    QVERIFY(failed != kNoEvent && lastCancel > failed);
    const ui::Inspection at = in.inspection->at(lastCancel);
    group = waitOfKind(at, WaitKind::TaskGroup);
    QVERIFY(group);
    QVERIFY(group->active);
    QVERIFY(group->aborting);
    QCOMPARE(group->abortTrigger, failed);
    QCOMPARE(group->failed, 1u);
    QCOMPARE(group->pending, 2u);
    QCOMPARE(group->errors.size(), std::size_t(1));
    QCOMPARE(group->errors[0].outcome, std::string("ValueError('no connection')"));
    for (const char* sibling : {"Task-2", "Task-4"}) {
        const ui::TaskItem* task = taskNamed(at, sibling);
        QVERIFY(task);
        QCOMPARE(task->cancels.size(), std::size_t(1));
        QCOMPARE(task->cancels[0].reason, trace::CancelReason::TaskGroup);
        QVERIFY(!task->cancels[0].delivered);
    }
    // Its tasks are on the ready queue to receive CancelledError.
    QVERIFY(std::any_of(at.ready.begin(), at.ready.end(), [](const ui::ReadyItem& r) { return r.task == 2; }));

    // Once the siblings ended: cancelled by the abort, and the group is over.
    const EventId mainDone = findEvent(trace, EventKind::Done, "Task-1");
    const ui::Inspection end = in.inspection->at(mainDone);
    group = waitOfKind(end, WaitKind::TaskGroup);
    QVERIFY(group);
    QVERIFY(!group->active);
    QCOMPARE(group->cancelled, 2u);
    const ui::TaskItem* sibling = taskNamed(end, "Task-2");
    QCOMPARE(sibling->state, TaskState::Cancelled);
    QVERIFY(sibling->endingCancel != kNoEvent);
    QCOMPARE(trace::CancelReason(trace.event(sibling->endingCancel).sub), trace::CancelReason::TaskGroup);
    QVERIFY(sibling->cancels.empty());
}

void tst_InspectorView::articleTaskGroupFailsInItsBody()
{
    // task1 is used before it is assigned: the body raises at once, no task is made, and
    // main fails with the same UnboundLocalError when it reads task1 after the except.
    const Inspected in = inspect(corpusProgram(QStringLiteral("conformance/article/article_6_taskgroup.py")));
    const trace::Trace& trace = *in.run.trace;
    QCOMPARE(in.run.outcome.exitStatus, 1);
    const EventId failed = findEvent(trace, EventKind::Failed, "Task-1");
    QVERIFY(failed != kNoEvent);
    const ui::Inspection at = in.inspection->at(failed);
    const ui::TaskItem* main = taskNamed(at, "Task-1");
    QVERIFY(main);
    QCOMPARE(main->state, TaskState::Failed);
    QVERIFY2(main->outcome.find("UnboundLocalError") != std::string::npos, main->outcome.c_str());
    QCOMPARE(waitOfKind(at, WaitKind::TaskGroup), nullptr);
    QCOMPARE(at.readyCount, std::size_t(1)); // the loop's _run_until_complete_cb
    QCOMPARE(at.ready[0].kind, ui::ReadyItem::Kind::Callback);
}

void tst_InspectorView::waitForTimeout()
{
    const Inspected in = inspect(corpusProgram(QStringLiteral("conformance/article/article_2_wait_for.py")));
    const trace::Trace& trace = *in.run.trace;
    // While slow_task sleeps: wait_for's timeout is a timer, and its bookkeeping says when.
    const EventId sleeping = findEvent(trace, EventKind::Suspend, "Task-2");
    ui::Inspection at = in.inspection->at(sleeping);
    const ui::MultiWaitItem* waitFor = waitOfKind(at, WaitKind::WaitFor);
    QVERIFY(waitFor);
    QVERIFY(waitFor->active);
    QCOMPARE(waitFor->timeout, 2.0);
    QCOMPARE(waitFor->timeoutAt, 2.0);
    QVERIFY(!waitFor->timedOut);
    QCOMPARE(at.timers.front().purpose, trace::TimerPurpose::WaitFor);
    QCOMPARE(taskNamed(at, "Task-1")->awaits, std::string("wait_for(Task-2, timeout 2)"));

    // After the timeout cancelled Task-2: timed out, the cancellation stands, not thrown in yet.
    const EventId cancel = findEvent(trace, EventKind::Cancel, "Task-2");
    at = in.inspection->at(cancel);
    const ui::TaskItem* inner = taskNamed(at, "Task-2");
    QCOMPARE(inner->cancels.size(), std::size_t(1));
    QCOMPARE(inner->cancels[0].reason, trace::CancelReason::WaitFor);
    QCOMPARE(trace.nameAt(inner->cancels[0].requester, cancel), std::string_view("Task-1"));
    QVERIFY(!inner->cancels[0].delivered);
    // ...the thrown-in step delivers it.
    const EventId thrown = findEvent(trace, EventKind::Resume, "Task-2", cancel);
    at = in.inspection->at(thrown);
    QVERIFY(taskNamed(at, "Task-2")->cancels[0].delivered);
    waitFor = waitOfKind(at, WaitKind::WaitFor);
    QVERIFY(waitFor);
    QVERIFY(waitFor->timedOut);
    // In the end Task-2 was cancelled by wait_for's timeout.
    const EventId end = findEvent(trace, EventKind::Done, "Task-1");
    at = in.inspection->at(end);
    QCOMPARE(taskNamed(at, "Task-2")->state, TaskState::Cancelled);
    QCOMPARE(trace::CancelReason(trace.event(taskNamed(at, "Task-2")->endingCancel).sub), trace::CancelReason::WaitFor);
}

void tst_InspectorView::waitFirstCompleted()
{
    const Inspected in = inspect(corpusProgram(QStringLiteral("conformance/article/article_3_wait.py")));
    const trace::Trace& trace = *in.run.trace;
    const EventId firstDone = findEvent(trace, EventKind::Done, "Task-4");
    QVERIFY(firstDone != kNoEvent);
    const ui::Inspection at = in.inspection->at(firstDone);
    const ui::MultiWaitItem* wait = waitOfKind(at, WaitKind::Wait);
    QVERIFY(wait);
    QVERIFY(wait->active); // Task-1 is not woken yet: its wake-up is queued
    QCOMPARE(wait->returnWhen, trace::ReturnWhen::FirstCompleted);
    QCOMPARE(wait->timeout, -1.0);
    QCOMPARE(wait->total, 3u);
    QCOMPARE(wait->done, 1u);
    QCOMPARE(wait->pending, 2u);
    QCOMPARE(taskNamed(at, "Task-1")->awaits, std::string("wait(3 tasks, FIRST_COMPLETED)"));
    // When Task-1 runs on, the wait is over with two still pending.
    const EventId resumed = findEvent(trace, EventKind::Resume, "Task-1", firstDone);
    const ui::Inspection after = in.inspection->at(resumed);
    wait = waitOfKind(after, WaitKind::Wait);
    QVERIFY(wait);
    QVERIFY(!wait->active);
    QCOMPARE(wait->pending, 2u);
}

void tst_InspectorView::asCompletedSet()
{
    const Inspected in = inspect(corpusProgram(QStringLiteral("conformance/article/article_5_as_completed.py")));
    const trace::Trace& trace = *in.run.trace;
    const EventId firstDone = findEvent(trace, EventKind::Done, "Task-4");
    const EventId callback = firstDone + 1;
    QCOMPARE(trace.event(callback).kind, EventKind::Callback);
    const ui::Inspection at = in.inspection->at(callback);
    const ui::MultiWaitItem* set = waitOfKind(at, WaitKind::AsCompleted);
    QVERIFY(set);
    QVERIFY(set->active);
    QCOMPARE(set->total, 3u);
    QCOMPARE(set->done, 1u);
    QCOMPARE(set->pending, 2u);
    QCOMPARE(trace.nameAt(set->waiter, callback), std::string_view("Task-1"));
}

void tst_InspectorView::awaitChainDownToTheSleep()
{
    const Inspected in = inspect(kChain);
    const trace::Trace& trace = *in.run.trace;
    const EventId sleeping = findEvent(trace, EventKind::Suspend, "Task-3");
    QVERIFY(sleeping != kNoEvent);
    const ui::Inspection at = in.inspection->at(sleeping);
    const ui::TaskItem* main = taskNamed(at, "Task-1");
    QVERIFY(main);
    QCOMPARE(main->awaits, std::string("Task-2"));
    QCOMPARE(main->chain.size(), std::size_t(2));
    QCOMPARE(main->chain[0].depth, 1);
    QCOMPARE(main->chain[0].task, trace::TaskId(2));
    QCOMPARE(main->chain[0].awaits, std::string("Task-3"));
    QCOMPARE(main->chain[1].depth, 2);
    QCOMPARE(main->chain[1].task, trace::TaskId(3));
    QCOMPARE(main->chain[1].state, TaskState::Waiting);
    QCOMPARE(main->chain[1].awaits, std::string("sleep until 1.000"));
}

void tst_InspectorView::cancelRequestsAndUncancel()
{
    const Inspected in = inspect(kUncancel);
    const trace::Trace& trace = *in.run.trace;
    QCOMPARE(in.run.out, QByteArray("survived\n"));
    const EventId cancel = findEvent(trace, EventKind::Cancel, "Task-2");
    ui::Inspection at = in.inspection->at(cancel);
    const ui::TaskItem* worker = taskNamed(at, "Task-2");
    QCOMPARE(worker->cancels.size(), std::size_t(1));
    QCOMPARE(worker->cancels[0].reason, trace::CancelReason::Call);
    QCOMPARE(worker->cancels[0].message, std::string("stop"));
    QVERIFY(!worker->cancels[0].delivered);
    const EventId uncancel = findEvent(trace, EventKind::Uncancel, "Task-2");
    QVERIFY(uncancel != kNoEvent);
    QVERIFY(in.inspection->at(uncancel - 1).tasks.size() >= 2);
    QCOMPARE(taskNamed(in.inspection->at(uncancel - 1), "Task-2")->cancels.size(), std::size_t(1));
    QVERIFY(taskNamed(in.inspection->at(uncancel - 1), "Task-2")->cancels[0].delivered);
    at = in.inspection->at(uncancel);
    QVERIFY(taskNamed(at, "Task-2")->cancels.empty());
    at = in.inspection->at(findEvent(trace, EventKind::Done, "Task-2"));
    QCOMPARE(taskNamed(at, "Task-2")->state, TaskState::Done);
    QCOMPARE(taskNamed(at, "Task-2")->outcome, std::string("'survived'"));
}

void tst_InspectorView::bigRecordIsCapped()
{
    const QByteArray source = R"(import asyncio
async def w(i):
    await asyncio.sleep(i % 7 / 10)
async def main():
    await asyncio.gather(*(w(i) for i in range(5000)))
asyncio.run(main())
)";
    const Inspected in = inspect(source);
    const trace::Trace& trace = *in.run.trace;
    QCOMPARE(in.run.outcome.exitStatus, 0);
    const trace::LoopSnapshot snapshot(trace);
    const ui::LoopInspection::Limits& limits = in.inspection->limits();
    // Where every worker has started and most sleep: thousands of tasks and timers.
    const EventId started = findEvent(trace, EventKind::Suspend, "Task-5001");
    QVERIFY(started != kNoEvent);
    for (const EventId at : {EventId(started / 2), started, EventId(started + 10), EventId(trace.size() * 3 / 4)}) {
        const ui::Inspection in2 = in.inspection->at(at);
        QVERIFY(in2.tasks.size() <= limits.tasks);
        QVERIFY(in2.timers.size() <= limits.timers);
        QVERIFY(in2.ready.size() <= limits.ready);
        QCOMPARE(in2.timerCount, snapshot.timersAfter(at).size());
        QCOMPARE(in2.readyCount, snapshot.readyAfter(at).size());
        QCOMPARE(in2.tasksLeftOut(), in2.taskCount - in2.tasks.size());
        // The main task is listed, waiting on a gather whose label is cut short.
        const ui::TaskItem* main = taskNamed(in2, "Task-1");
        QVERIFY(main);
        if (main->state == TaskState::Waiting) {
            QVERIFY2(main->awaits.size() < 120, main->awaits.c_str());
            QVERIFY(main->chain.size() <= limits.chainLinks);
        }
        const ui::MultiWaitItem* gather = waitOfKind(in2, WaitKind::Gather);
        if (gather) {
            QCOMPARE(gather->total, 5000u);
            QCOMPARE(gather->members.size(), limits.members);
        }
    }
    const ui::Inspection middle = in.inspection->at(started);
    QCOMPARE(middle.taskCount, std::size_t(5001));
    QVERIFY(middle.tasksLeftOut() > 0);
    QCOMPARE(in.inspection->awaitLabel(findEvent(trace, EventKind::Suspend, "Task-1")),
             std::string("gather(Task-2, Task-3, Task-4, Task-5, Task-6, Task-7, 4994 more)"));
    // The view shows the cap, not thousands of rows.
    ui::InspectorView view;
    view.setModel(in.model);
    view.setCursor(started);
    QVERIFY(view.section(ui::InspectorView::TasksSection)->childCount() <= int(limits.tasks) + 1);
    QVERIFY(view.section(ui::InspectorView::ReadySection)->childCount() <= 51);
    QVERIFY(view.section(ui::InspectorView::TimersSection)->childCount() <= 51);
    QVERIFY(view.section(ui::InspectorView::TasksSection)->text(1).contains(QLatin1String("not listed")));
}

void tst_InspectorView::viewWords()
{
    const Inspected in = inspect(kFailingGroup);
    const trace::Trace& trace = *in.run.trace;
    ui::InspectorView view;
    view.resize(420, 600);
    view.setModel(in.model);
    QSignalSpy tasks(&view, &ui::InspectorView::taskSelected);

    // Main created its three tasks: three first steps in the queue.
    view.setCursor(findEvent(trace, EventKind::Create, "Task-4"));
    QTreeWidgetItem* ready = view.section(ui::InspectorView::ReadySection);
    QCOMPARE(ready->text(0), QStringLiteral("Ready queue (3)"));
    QCOMPARE(ready->child(0)->text(0), QStringLiteral("1. Task-2 (fetch())"));
    QCOMPARE(ready->child(0)->text(1), QStringLiteral("its first step"));
    QTreeWidgetItem* taskRows = view.section(ui::InspectorView::TasksSection);
    QTreeWidgetItem* second = childStarting(taskRows, QStringLiteral("Task-2"));
    QVERIFY(second);
    QCOMPARE(second->text(1), QStringLiteral("ready: will run at the next loop step"));
    QCOMPARE(childStarting(taskRows, QStringLiteral("Task-1"))->text(1), QStringLiteral("running: its step is on now"));

    // Everyone sleeps.
    view.setCursor(findEvent(trace, EventKind::Suspend, "Task-4"));
    QCOMPARE(childStarting(taskRows, QStringLiteral("Task-2"))->text(1),
             QStringLiteral("waiting on sleep until 1.000"));
    QTreeWidgetItem* timers = view.section(ui::InspectorView::TimersSection);
    QCOMPARE(timers->text(0), QStringLiteral("Timers (3)"));
    QCOMPARE(timers->child(0)->text(0), QStringLiteral("at 0.500"));
    QVERIFY(timers->child(0)->text(1).startsWith(QLatin1String("Task-3's sleep ends")));
    QCOMPARE(view.section(ui::InspectorView::ReadySection)->text(1),
             QStringLiteral("empty: the clock jumps to 0.500"));

    // The abort: its note names the failure and what the group does about it.
    view.setCursor(findEvent(trace, EventKind::Cancel, "Task-4"));
    QTreeWidgetItem* group =
        childStarting(view.section(ui::InspectorView::WaitsSection), QStringLiteral("TaskGroup of Task-1"));
    QVERIFY(group);
    QVERIFY2(group->text(1).contains(QLatin1String("aborting")), qPrintable(group->text(1)));
    const QString note = group->child(0)->text(0).simplified();
    QVERIFY2(note.contains(QLatin1String("Task-3 failed with ValueError('no connection')")) &&
                 note.contains(QLatin1String("cancels its other tasks (Task-2, Task-4)")) &&
                 note.contains(QLatin1String("ExceptionGroup")),
             qPrintable(note));
    QTreeWidgetItem* errors = childStarting(group, QStringLiteral("errors collected (1)"));
    QVERIFY(errors);
    QCOMPARE(errors->child(0)->text(1), QStringLiteral("failed: ValueError('no connection')"));
    QTreeWidgetItem* sibling = childStarting(taskRows, QStringLiteral("Task-2"));
    QCOMPARE(sibling->text(1), QStringLiteral("ready: to receive CancelledError"));
    QTreeWidgetItem* request = childStarting(sibling, QStringLiteral("cancel requested"));
    QVERIFY(request);
    QCOMPARE(request->text(1), QStringLiteral("by TaskGroup abort · not thrown in yet"));
    // The done callback that set the abort off is shown by the name a reader knows.
    view.setCursor(findEvent(trace, EventKind::Failed, "Task-3"));
    QCOMPARE(view.section(ui::InspectorView::ReadySection)->child(0)->text(0),
             QStringLiteral("1. TaskGroup._on_task_done"));
    QCOMPARE(view.section(ui::InspectorView::ReadySection)->child(0)->text(1),
             QStringLiteral("done callback of Task-3"));

    // The end: the siblings were cancelled by the abort.
    view.setCursor(findEvent(trace, EventKind::Done, "Task-1"));
    QCOMPARE(childStarting(taskRows, QStringLiteral("Task-2"))->text(1),
             QStringLiteral("cancelled (by TaskGroup abort)"));
    QCOMPARE(childStarting(taskRows, QStringLiteral("Task-3"))->text(1),
             QStringLiteral("failed: ValueError('no connection')"));
    QCOMPARE(tasks.count(), 0); // nothing was selected by the user
}

void tst_InspectorView::viewReusesRowsWhileStepping()
{
    const Inspected in = inspect(kFailingGroup);
    const trace::Trace& trace = *in.run.trace;
    ui::InspectorView view;
    view.resize(420, 220);
    view.show();
    view.setModel(in.model);
    view.setCursor(findEvent(trace, EventKind::Create, "Task-4"));
    QTreeWidgetItem* tasks = view.section(ui::InspectorView::TasksSection);
    QTreeWidgetItem* mainRow = childStarting(tasks, QStringLiteral("Task-1"));
    QVERIFY(mainRow);
    view.scrollToBottom();
    const int scroll = view.verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    // Stepping on while Task-1 lives: its row is the same item, the scroll stays.
    const EventId mainDone = findEvent(trace, EventKind::Done, "Task-1");
    for (EventId at = view.cursor() + 1; at < mainDone; ++at) {
        view.setCursor(at);
        QCOMPARE(childStarting(tasks, QStringLiteral("Task-1")), mainRow);
    }
    QVERIFY(view.verticalScrollBar()->value() > 0);

    // A cursor step costs little, even with the rows rebuilt.
    const auto start = std::chrono::steady_clock::now();
    for (EventId at = 0; at < trace.size(); ++at)
        view.setCursor(at);
    const double perStep = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() /
                           double(trace.size());
    qInfo("InspectorView::setCursor: %.3f ms per step (%zu events)", perStep, trace.size());
}

void tst_InspectorView::viewKeepsExpansionAcrossRecords()
{
    const Inspected first = inspect(kFailingGroup);
    ui::InspectorView view;
    view.setModel(first.model);
    view.setCursor(findEvent(*first.run.trace, EventKind::Suspend, "Task-4"));
    QTreeWidgetItem* timers = view.section(ui::InspectorView::TimersSection);
    QVERIFY(timers->isExpanded());
    timers->setExpanded(false); // as the user's click does
    QTreeWidgetItem* mainRow = childStarting(view.section(ui::InspectorView::TasksSection), QStringLiteral("Task-1"));
    QVERIFY(mainRow->isExpanded());
    mainRow->setExpanded(false);

    for (EventId at = view.cursor(); at < first.run.trace->size(); ++at)
        view.setCursor(at);
    QVERIFY(!timers->isExpanded());

    // The same program again (an edit and a re-run): the choices stay.
    const Inspected second = inspect(kFailingGroup);
    view.setModel(second.model);
    view.setCursor(findEvent(*second.run.trace, EventKind::Suspend, "Task-4"));
    QVERIFY(!view.section(ui::InspectorView::TimersSection)->isExpanded());
    QVERIFY(view.section(ui::InspectorView::TasksSection)->isExpanded());
    QVERIFY(!childStarting(view.section(ui::InspectorView::TasksSection), QStringLiteral("Task-1"))->isExpanded());
    QVERIFY(childStarting(view.section(ui::InspectorView::TasksSection), QStringLiteral("Task-2"))->isExpanded());
}

void tst_InspectorView::viewSignals()
{
    const Inspected in = inspect(kFailingGroup);
    const trace::Trace& trace = *in.run.trace;
    ui::InspectorView view;
    view.setModel(in.model);
    const EventId created = findEvent(trace, EventKind::Create, "Task-4");
    view.setCursor(created);
    QSignalSpy events(&view, &ui::InspectorView::eventRequested);
    QSignalSpy tasks(&view, &ui::InspectorView::taskSelected);

    // Activating a ready row asks for the event that runs it.
    QTreeWidgetItem* first = view.section(ui::InspectorView::ReadySection)->child(0);
    emit view.itemActivated(first, 0);
    QCOMPARE(events.count(), 1);
    const EventId run = events.takeFirst().at(0).value<EventId>();
    QCOMPARE(trace.event(run).kind, EventKind::Resume);
    QCOMPARE(trace.nameAt(trace.event(run).task, run), std::string_view("Task-2"));

    // Choosing a task row selects the task; activating it asks for its state's start.
    QTreeWidgetItem* row = childStarting(view.section(ui::InspectorView::TasksSection), QStringLiteral("Task-3"));
    view.setCurrentItem(row);
    QCOMPARE(tasks.count(), 1);
    QCOMPARE(tasks.takeFirst().at(0).value<trace::TaskId>(), trace::TaskId(3));
    emit view.itemActivated(row, 1);
    QCOMPARE(events.takeFirst().at(0).value<EventId>(), trace.task(3).created);

    // A timer row asks for its scheduling.
    view.setCursor(findEvent(trace, EventKind::Suspend, "Task-4"));
    emit view.itemActivated(view.section(ui::InspectorView::TimersSection)->child(0), 0);
    QCOMPARE(trace.event(events.takeFirst().at(0).value<EventId>()).kind, EventKind::Timer);
    // A section row stands for no event.
    emit view.itemActivated(view.section(ui::InspectorView::TimersSection), 0);
    QCOMPARE(events.count(), 0);
}

QTEST_MAIN(tst_InspectorView)
#include "tst_inspectorview.moc"
