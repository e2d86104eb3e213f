#include "eventlistmodel.h"

#include "trace/eventdescription.h"
#include "trace/tracetext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cstring>

namespace loopscope::ui {

using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;

EventListModel::EventListModel(QObject* parent) : QAbstractTableModel(parent) {}

EventListModel::KindSet EventListModel::defaultKinds()
{
    KindSet kinds;
    kinds.set();
    kinds.reset(std::size_t(EventKind::Line));
    return kinds;
}

void EventListModel::setTrace(std::shared_ptr<const trace::Trace> trace)
{
    beginResetModel();
    trace_ = std::move(trace);
    if (trace_ && task_ >= trace_->tasks().size())
        task_ = trace::kNoTask;
    refilter();
    endResetModel();
}

void EventListModel::setTaskFilter(trace::TaskId task)
{
    if (task == task_)
        return;
    beginResetModel();
    task_ = task;
    refilter();
    endResetModel();
}

void EventListModel::setKindFilter(KindSet kinds)
{
    if (kinds == kinds_)
        return;
    beginResetModel();
    kinds_ = kinds;
    refilter();
    endResetModel();
}

void EventListModel::refilter()
{
    rows_.clear();
    if (!trace_)
        return;
    const auto& events = trace_->events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const trace::Event& e = events[i];
        if (kinds_.test(std::size_t(e.kind)) && (task_ == trace::kNoTask || e.task == task_))
            rows_.push_back(EventId(i));
    }
}

EventId EventListModel::eventOfRow(int row) const
{
    return row >= 0 && std::size_t(row) < rows_.size() ? rows_[std::size_t(row)] : kNoEvent;
}

int EventListModel::rowAtOrBefore(EventId event) const
{
    if (event == kNoEvent)
        return -1;
    const auto after = std::upper_bound(rows_.begin(), rows_.end(), event);
    return after == rows_.begin() ? -1 : int(after - rows_.begin()) - 1;
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    const EventId id = eventOfRow(index.row());
    if (id == kNoEvent || !trace_)
        return {};
    const trace::Event& e = trace_->event(id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number:
            return QString::number(qulonglong(id) + 1); // as the status bar counts: from 1
        case Time:
            return QString::fromStdString(trace::timeLabel(trace_->timeOf(id)));
        case Task:
            return QString::fromStdString(trace::taskLabel(*trace_, e.task, id));
        case Kind:
            return QString::fromLatin1(trace::kindName(e.kind));
        case Details: {
            // The text format's line without its time, task and kind.
            const std::string line = trace::eventLine(*trace_, id);
            const std::size_t prefix = trace::timeLabel(trace_->timeOf(id)).size() + 1 +
                                       trace::quoteValue(trace::taskLabel(*trace_, e.task, id)).size() + 1 +
                                       std::strlen(trace::kindName(e.kind));
            return QString::fromStdString(line.size() > prefix ? line.substr(prefix + 1) : std::string());
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Time))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Kind) {
        switch (e.kind) {
        case EventKind::Failed:
            return QBrush(QColor(0xD5, 0x5E, 0x00));
        case EventKind::Cancel:
        case EventKind::Cancelled:
            return QBrush(QColor(0xB0, 0x78, 0x00));
        case EventKind::Done:
            return QBrush(QColor(0x00, 0x9E, 0x73));
        default:
            return {};
        }
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Time:
        return tr("Time");
    case Task:
        return tr("Task");
    case Kind:
        return tr("Event");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace loopscope::ui
