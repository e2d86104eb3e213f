#include "eventlistview.h"

#include "trace/eventdescription.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace loopscope::ui {

using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;

EventListView::EventListView(QWidget* parent)
    : QWidget(parent), model_(new EventListModel(this)), tasks_(new QComboBox(this)),
      kinds_(new QToolButton(this)), table_(new QTableView(this))
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    auto* label = new QLabel(tr("&Show:"), this);
    label->setBuddy(tasks_);
    bar->addWidget(label);
    tasks_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tasks_->setAccessibleName(tr("Task filter"));
    bar->addWidget(tasks_);
    kinds_->setText(tr("Kinds"));
    kinds_->setPopupMode(QToolButton::InstantPopup);
    kinds_->setAccessibleName(tr("Event kind filter"));
    auto* menu = new QMenu(kinds_);
    const EventListModel::KindSet shown = EventListModel::defaultKinds();
    for (int kind = 0; kind < trace::kEventKindCount; ++kind) {
        QAction* action = menu->addAction(QString::fromLatin1(trace::kindName(EventKind(kind))));
        action->setCheckable(true);
        action->setChecked(shown.test(std::size_t(kind)));
        action->setData(kind);
        connect(action, &QAction::toggled, this, &EventListView::kindsChanged);
    }
    kinds_->setMenu(menu);
    bar->addWidget(kinds_);
    bar->addStretch(1);

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setShowGrid(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->setColumnWidth(EventListModel::Number, 56);
    table_->setColumnWidth(EventListModel::Time, 64);
    table_->setColumnWidth(EventListModel::Task, 90);
    table_->setColumnWidth(EventListModel::Kind, 72);
    table_->setAccessibleName(tr("Events"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);

    connect(tasks_, &QComboBox::currentIndexChanged, this, [this](int index) {
        model_->setTaskFilter(trace::TaskId(tasks_->itemData(index).toUInt()));
        setCursor(cursor_);
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (following_ || !current.isValid())
                    return;
                const EventId event = model_->eventOfRow(current.row());
                if (event != kNoEvent)
                    emit eventRequested(event);
            });
}

void EventListView::setTrace(std::shared_ptr<const trace::Trace> trace)
{
    following_ = true;
    model_->setTrace(std::move(trace));
    fillTasks();
    following_ = false;
}

void EventListView::fillTasks()
{
    const QSignalBlocker blocker(tasks_);
    const trace::TaskId keep = model_->taskFilter();
    tasks_->clear();
    tasks_->addItem(tr("All tasks"), 0u);
    const trace::Trace* trace = model_->trace();
    if (!trace)
        return;
    // A combo box of a hundred thousand tasks helps no one: the first thousand.
    const std::size_t shown = std::min<std::size_t>(trace->tasks().size(), 1001);
    for (trace::TaskId task = 1; task < shown; ++task) {
        tasks_->addItem(QString::fromStdString(std::string(trace->finalName(task))), task);
        if (task == keep)
            tasks_->setCurrentIndex(tasks_->count() - 1);
    }
}

void EventListView::kindsChanged()
{
    EventListModel::KindSet kinds;
    for (QAction* action : kinds_->menu()->actions()) {
        if (action->isChecked())
            kinds.set(std::size_t(action->data().toInt()));
    }
    following_ = true;
    model_->setKindFilter(kinds);
    following_ = false;
    setCursor(cursor_);
}

void EventListView::setTaskFilter(trace::TaskId task)
{
    const int index = tasks_->findData(task);
    if (index >= 0)
        tasks_->setCurrentIndex(index);
}

void EventListView::setCursor(EventId event)
{
    cursor_ = event;
    following_ = true;
    const int row = model_->rowAtOrBefore(event);
    if (row < 0) {
        table_->clearSelection();
    } else {
        const QModelIndex index = model_->index(row, 0);
        table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        table_->scrollTo(index, QAbstractItemView::EnsureVisible);
    }
    following_ = false;
}

} // namespace loopscope::ui
