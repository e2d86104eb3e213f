// The record as a table for the event list: one row per event that passes the filter
// (a task, or all; a set of kinds), with its number, virtual time, task, kind and what
// it says. Rows are event ids in order, so the row of any event is a binary search.
#pragma once

#include "trace/trace.h"

#include <QAbstractTableModel>

#include <bitset>
#include <memory>
#include <vector>

namespace loopscope::ui {

class EventListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Time, Task, Kind, Details, ColumnCount };
    using KindSet = std::bitset<trace::kEventKindCount>;

    explicit EventListModel(QObject* parent = nullptr);

    void setTrace(std::shared_ptr<const trace::Trace> trace);
    const trace::Trace* trace() const { return trace_.get(); }

    // kNoTask: every task (and what no task did).
    void setTaskFilter(trace::TaskId task);
    trace::TaskId taskFilter() const { return task_; }
    void setKindFilter(KindSet kinds);
    KindSet kindFilter() const { return kinds_; }
    // Every kind but Line events (which the code view shows better).
    static KindSet defaultKinds();

    trace::EventId eventOfRow(int row) const;
    // The row of the last shown event at or before `event` (-1 if none).
    int rowAtOrBefore(trace::EventId event) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    std::shared_ptr<const trace::Trace> trace_;
    trace::TaskId task_ = trace::kNoTask;
    KindSet kinds_ = defaultKinds();
    std::vector<trace::EventId> rows_;
};

} // namespace loopscope::ui
