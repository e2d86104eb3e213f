// The inspector: the event loop at the playback cursor, in four sections (the ready
// queue in order, the timers by deadline, every task's state and what it awaits down to
// the leaf, the bookkeeping of gather / wait / wait_for / as_completed / TaskGroup), in
// plain words. Rows are reused by identity at each cursor step, so stepping and playing
// neither flicker nor lose the scroll position or what the user expanded.
#pragma once

#include "loopinspection.h"
#include "timelinetheme.h"

#include <QFontMetrics>
#include <QHash>
#include <QIcon>
#include <QTreeWidget>

#include <memory>

namespace loopscope::ui {

class InspectorView : public QTreeWidget {
    Q_OBJECT

public:
    explicit InspectorView(QWidget* parent = nullptr);
    ~InspectorView() override;

    // A new record. Which sections and rows the user expanded or collapsed is kept.
    void setModel(std::shared_ptr<const TimelineModel> model);
    void setTheme(const TimelineTheme& theme);

    trace::EventId cursor() const { return cursor_; }
    // What the rows show (for tests and for the window's status).
    const Inspection& inspection() const { return shown_; }
    const LoopInspection* loopInspection() const { return inspection_.get(); }

    enum Section { ReadySection, TimersSection, TasksSection, WaitsSection };
    QTreeWidgetItem* section(Section which) const { return sections_[which]; }

public slots:
    void setCursor(trace::EventId event);

signals:
    // The user activated a row that stands for an event (a ready handle's run, a timer's
    // scheduling, a task's current state's start, a member's end, a cancellation).
    void eventRequested(trace::EventId event);
    void taskSelected(trace::TaskId task);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    // QTreeWidget's items are its model, which may not be replaced (QTreeWidget refuses
    // it too); declared so that the record's setModel above does not hide it.
    void setModel(QAbstractItemModel* model) override;

    void rebuild();
    int noteWidth() const;
    void fitFirstColumn();
    void fillReady(QTreeWidgetItem* section);
    void fillTimers(QTreeWidgetItem* section);
    void fillTasks(QTreeWidgetItem* section);
    void fillWaits(QTreeWidgetItem* section);
    void fillTask(QTreeWidgetItem* row, const TaskItem& task);
    void fillChain(QTreeWidgetItem* row, const TaskItem& task);
    int fillCancels(QTreeWidgetItem* row, int index, trace::TaskId task, const std::vector<CancelRequest>& cancels);
    void fillWait(QTreeWidgetItem* row, const MultiWaitItem& wait);
    void fillMember(QTreeWidgetItem* row, const MemberItem& member);
    void fillNote(QTreeWidgetItem* row, const QString& text);
    void fillMore(QTreeWidgetItem* row, std::size_t count);
    // `words` broken into lines of at most `width` pixels.
    static QString wrapped(const QString& words, const QFontMetrics& metrics, int width);

    // The `index`-th child of `parent` with identity `local` (reused if it is there or a
    // few rows further down, else made); `trim` drops the children from `count` on.
    QTreeWidgetItem* row(QTreeWidgetItem* parent, int index, quint64 local);
    void trim(QTreeWidgetItem* parent, int count);
    void setCells(QTreeWidgetItem* row, const QString& what, const QString& state, trace::EventId event,
                  trace::TaskId task);
    void setTone(QTreeWidgetItem* row, const QColor& state, bool muted, bool bold);
    void setChip(QTreeWidgetItem* row, trace::TaskId task);
    void applyExpansion(QTreeWidgetItem* row, bool byDefault);
    void rememberExpansion(QTreeWidgetItem* row, bool expanded);

    QString tipOf(const QTreeWidgetItem* row) const;
    QString taskTip(const TaskItem& task) const;

    // Words.
    QString taskName(trace::TaskId task) const;
    QString taskStateText(const TaskItem& task) const;
    QColor stateColor(TaskState state) const;
    QString stateText(TaskState state, const QString& awaits, const QString& outcome, trace::EventId endingCancel,
                      trace::TaskId task) const;
    QString cancelText(trace::CancelReason reason, trace::TaskId requester) const;
    QString readyText(const ReadyItem& item) const;
    QString timerText(trace::TimerPurpose purpose, trace::TaskId owner) const;
    QString waitTitle(const MultiWaitItem& wait) const;
    QString waitSummary(const MultiWaitItem& wait) const;
    QString waitNote(const MultiWaitItem& wait) const;
    // The members still pending (and those cancelled), a few by name: "Task-2, Task-4".
    QString memberNames(const MultiWaitItem& wait, bool withCancelled) const;

    std::shared_ptr<const TimelineModel> model_;
    std::unique_ptr<LoopInspection> inspection_;
    Inspection shown_;
    trace::EventId cursor_ = trace::kNoEvent;
    TimelineTheme theme_;
    QTreeWidgetItem* sections_[4] = {};
    QHash<quint64, bool> userExpanded_; // by row identity: what the user chose
    QHash<QRgb, QIcon> chips_;
    QHash<trace::TaskId, int> queuePosition_; // tasks in the shown ready queue: their place
    bool expandTasks_ = true; // small records: task rows open by default
    bool filling_ = false;    // rows changing by a rebuild, not by the user
    int wrapWidth_ = 0;       // the width the notes are wrapped to
    bool rewrapQueued_ = false;
    int column0Need_ = 0;     // the widest first column of the rows shown
};

} // namespace loopscope::ui
