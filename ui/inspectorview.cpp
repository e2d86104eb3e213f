#include "inspectorview.h"

#include "trace/eventdescription.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QHelpEvent>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace loopscope::ui {

using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;
using trace::kNoTask;
using trace::TaskId;
using trace::WaitKind;

namespace {

constexpr int KeyRole = Qt::UserRole + 1;   // the row's identity (its path of keys)
constexpr int EventRole = Qt::UserRole + 2; // the event it stands for
constexpr int TaskRole = Qt::UserRole + 3;  // the task it is about
constexpr int ChipRole = Qt::UserRole + 4;  // the colour its chip was drawn in
constexpr int KindRole = Qt::UserRole + 5;  // what it is (a RowKind): its tooltip is made on demand
constexpr int WidthRole = Qt::UserRole + 6; // the width its first column needs, measured when it changes
constexpr int kLookAhead = 8;               // rows searched for a reused one

// What a row is; with an id, its key among its siblings.
enum class RowKind : quint64 {
    Section = 1, Ready, Timer, Task, Link, More, Cancel, Wait, Group, AsCompleted, Note, Errors, Member,
};

constexpr quint64 localKey(RowKind kind, quint64 id)
{
    return quint64(kind) << 48 | (id & 0xffffffffffffull);
}

// A row's identity: its parent's and its own key mixed (splitmix64), so that one task's
// row under two parents are two rows, each with its own expanded state.
quint64 identity(quint64 parent, quint64 local)
{
    quint64 z = parent * 0x9e3779b97f4a7c15ull + local + 0x632be59bd9b4e019ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString timeText(double seconds)
{
    return QString::fromStdString(trace::timeLabel(seconds));
}

const char* returnWhenName(trace::ReturnWhen when)
{
    switch (when) {
    case trace::ReturnWhen::FirstCompleted: return "FIRST_COMPLETED";
    case trace::ReturnWhen::FirstException: return "FIRST_EXCEPTION";
    case trace::ReturnWhen::AllCompleted:
    case trace::ReturnWhen::None: break;
    }
    return "ALL_COMPLETED";
}

} // namespace

InspectorView::InspectorView(QWidget* parent) : QTreeWidget(parent), theme_(TimelineTheme::light())
{
    setColumnCount(2);
    setHeaderHidden(true);
    setUniformRowHeights(false); // notes wrap over several lines
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setIndentation(14);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(false); // a double click jumps to the row's event
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Inspector"));
    header()->setStretchLastSection(true);

    const QString titles[] = {tr("Ready queue"), tr("Timers"), tr("Tasks"), tr("Waits")};
    for (int i = 0; i < 4; ++i) {
        auto* item = new QTreeWidgetItem;
        item->setData(0, KeyRole, identity(0, localKey(RowKind::Section, quint64(i))));
        item->setData(0, KindRole, quint64(RowKind::Section));
        item->setText(0, titles[i]);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        addTopLevelItem(item);
        sections_[i] = item;
    }

    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        bool ok = false;
        const EventId event = EventId(item->data(0, EventRole).toULongLong(&ok));
        if (ok && event != kNoEvent)
            emit eventRequested(event);
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (filling_ || !item)
            return;
        const TaskId task = TaskId(item->data(0, TaskRole).toUInt());
        if (task != kNoTask)
            emit taskSelected(task);
    });
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) { rememberExpansion(item, true); });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) { rememberExpansion(item, false); });
    rebuild();
}

InspectorView::~InspectorView() = default;

void InspectorView::setModel(QAbstractItemModel* model)
{
    Q_UNUSED(model);
}

void InspectorView::setModel(std::shared_ptr<const TimelineModel> model)
{
    model_ = std::move(model);
    // Fewer ready handles and timers than the inspection's own caps: on a big record the
    // other sections stay within reach of the first screen.
    LoopInspection::Limits limits;
    limits.ready = 50;
    limits.timers = 50;
    inspection_ = model_ && !model_->isEmpty() ? std::make_unique<LoopInspection>(model_, limits) : nullptr;
    expandTasks_ = !model_ || model_->isEmpty() || model_->trace().taskCount() <= 12;
    rebuild();
}

void InspectorView::setTheme(const TimelineTheme& theme)
{
    theme_ = theme;
    chips_.clear();
    // Every chip and tone is drawn again in the new colours.
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        (*it)->setData(0, ChipRole, QVariant());
    rebuild();
}

void InspectorView::setCursor(EventId event)
{
    if (event == cursor_)
        return;
    cursor_ = event;
    rebuild();
}

void InspectorView::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    fitFirstColumn();
    // The notes wrap to the new width: later, not from inside a rebuild whose expanded
    // rows brought in the scroll bar (which resizes the viewport, and calls this).
    if (noteWidth() != wrapWidth_ && !rewrapQueued_) {
        rewrapQueued_ = true;
        QTimer::singleShot(0, this, [this]() {
            rewrapQueued_ = false;
            if (noteWidth() != wrapWidth_)
                rebuild();
        });
    }
}

void InspectorView::fitFirstColumn()
{
    // As wide as its rows need, leaving the states at least 45% of the width.
    const int width = std::clamp(column0Need_, 120, std::max(120, viewport()->width() * 55 / 100));
    if (columnWidth(0) != width)
        setColumnWidth(0, width);
}

int InspectorView::noteWidth() const
{
    // Room for the scroll bar is kept whether it shows or not, so that wrapping never
    // brings it in or takes it away.
    return width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
}

// ---- rows -------------------------------------------------------------------------------

QTreeWidgetItem* InspectorView::row(QTreeWidgetItem* parent, int index, quint64 local)
{
    const quint64 key = identity(parent->data(0, KeyRole).toULongLong(), local);
    const int end = std::min(parent->childCount(), index + kLookAhead);
    for (int probe = index; probe < end; ++probe) {
        if (parent->child(probe)->data(0, KeyRole).toULongLong() != key)
            continue;
        // The rows before it have no place any more (a task ended, a wait is over).
        for (; probe > index; --probe)
            delete parent->takeChild(index);
        return parent->child(index);
    }
    auto* item = new QTreeWidgetItem;
    item->setData(0, KeyRole, key);
    item->setData(0, KindRole, local >> 48);
    parent->insertChild(index, item);
    return item;
}

void InspectorView::trim(QTreeWidgetItem* parent, int count)
{
    while (parent->childCount() > count)
        delete parent->takeChild(parent->childCount() - 1);
}

void InspectorView::setCells(QTreeWidgetItem* item, const QString& what, const QString& state, EventId event,
                             TaskId task)
{
    if (item->text(0) != what) {
        item->setText(0, what);
        int depth = 0;
        for (const QTreeWidgetItem* up = item->parent(); up; up = up->parent())
            ++depth;
        const int chip = iconSize().isValid() ? iconSize().width() : fontMetrics().height();
        item->setData(0, WidthRole,
                      QFontMetrics(item->font(0)).horizontalAdvance(what) + indentation() * (depth + 1) + chip + 16);
    }
    column0Need_ = std::max(column0Need_, item->data(0, WidthRole).toInt());
    if (item->text(1) != state)
        item->setText(1, state);
    item->setData(0, EventRole, event == kNoEvent ? QVariant() : QVariant(qulonglong(event)));
    item->setData(0, TaskRole, task == kNoTask ? QVariant() : QVariant(uint(task)));
}

void InspectorView::setTone(QTreeWidgetItem* item, const QColor& state, bool muted, bool bold)
{
    item->setData(1, Qt::ForegroundRole, state.isValid() ? QVariant(QBrush(state)) : QVariant());
    item->setData(0, Qt::ForegroundRole, muted ? QVariant(QBrush(theme_.mutedText)) : QVariant());
    if (item->font(0).bold() != bold) {
        QFont font = item->font(0);
        font.setBold(bold);
        item->setFont(0, font);
    }
}

void InspectorView::setChip(QTreeWidgetItem* item, TaskId task)
{
    if (task == kNoTask || !model_) {
        if (item->data(0, ChipRole).isValid()) {
            item->setIcon(0, QIcon());
            item->setData(0, ChipRole, QVariant());
        }
        return;
    }
    const QColor color = theme_.taskColor(model_->laneOfTask(task));
    const QRgb rgb = color.rgb();
    if (item->data(0, ChipRole).isValid() && item->data(0, ChipRole).toUInt() == rgb)
        return; // icons compare unequal as values: set only when the colour changes
    auto found = chips_.find(rgb);
    if (found == chips_.end()) {
        const qreal ratio = devicePixelRatioF();
        const int side = fontMetrics().height() * 2 / 3;
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0), 2, 2);
        painter.end();
        found = chips_.insert(rgb, QIcon(pixmap));
    }
    item->setIcon(0, *found);
    item->setData(0, ChipRole, uint(rgb));
}

void InspectorView::applyExpansion(QTreeWidgetItem* item, bool byDefault)
{
    const bool want = userExpanded_.value(item->data(0, KeyRole).toULongLong(), byDefault);
    if (item->isExpanded() != want)
        item->setExpanded(want);
}

void InspectorView::rememberExpansion(QTreeWidgetItem* item, bool expanded)
{
    if (!filling_)
        userExpanded_.insert(item->data(0, KeyRole).toULongLong(), expanded);
}

// ---- the rebuild ------------------------------------------------------------------------

void InspectorView::rebuild()
{
    filling_ = true;
    wrapWidth_ = noteWidth();
    column0Need_ = 0;
    setUpdatesEnabled(false);
    const int scroll = verticalScrollBar()->value();
    shown_ = inspection_ ? inspection_->at(cursor_) : Inspection{};
    queuePosition_.clear();
    for (std::size_t i = 0; i < shown_.ready.size(); ++i)
        if (shown_.ready[i].kind == ReadyItem::Kind::TaskStep && !queuePosition_.contains(shown_.ready[i].task))
            queuePosition_.insert(shown_.ready[i].task, int(i));
    fillReady(sections_[ReadySection]);
    fillTimers(sections_[TimersSection]);
    fillTasks(sections_[TasksSection]);
    fillWaits(sections_[WaitsSection]);
    for (QTreeWidgetItem* section : sections_)
        applyExpansion(section, true);
    fitFirstColumn();
    verticalScrollBar()->setValue(scroll);
    setUpdatesEnabled(true);
    filling_ = false;
}

void InspectorView::fillReady(QTreeWidgetItem* section)
{
    const Inspection& in = shown_;
    QString summary;
    if (in.cursor == kNoEvent)
        summary = QString();
    else if (in.readyCount == 0 && !in.timers.empty())
        summary = tr("empty: the clock jumps to %1").arg(timeText(in.timers.front().deadline));
    else if (in.readyCount == 0)
        summary = tr("empty");
    else
        summary = tr("%1 runs next").arg(text(in.ready.front().what).remove(QStringLiteral(".<locals>")));
    setCells(section, tr("Ready queue (%1)").arg(in.readyCount), summary, kNoEvent, kNoTask);
    int index = 0;
    for (const ReadyItem& item : in.ready) {
        QTreeWidgetItem* child = row(section, index++, localKey(RowKind::Ready, item.run));
        QString what = text(item.what);
        if (item.kind == ReadyItem::Kind::Timer)
            what = tr("timer (%1)").arg(what);
        else if (item.kind == ReadyItem::Kind::Callback)
            what.remove(QStringLiteral(".<locals>")); // "gather._done_callback": the name a reader knows
        setCells(child, QString::number(index) + QLatin1String(". ") + what, readyText(item), item.run,
                 item.kind == ReadyItem::Kind::Callback ? kNoTask : item.task);
        setChip(child, item.kind == ReadyItem::Kind::TaskStep ? item.task : kNoTask);
        setTone(child, QColor(), item.kind != ReadyItem::Kind::TaskStep, false);
    }
    if (in.readyCount > in.ready.size())
        fillMore(row(section, index++, localKey(RowKind::More, 0)), in.readyCount - in.ready.size());
    trim(section, index);
}

void InspectorView::fillTimers(QTreeWidgetItem* section)
{
    const Inspection& in = shown_;
    setCells(section, tr("Timers (%1)").arg(in.timerCount),
             in.timers.empty() ? QString() : tr("next at %1").arg(timeText(in.timers.front().deadline)), kNoEvent,
             kNoTask);
    int index = 0;
    for (const TimerItem& timer : in.timers) {
        QTreeWidgetItem* child = row(section, index++, localKey(RowKind::Timer, timer.scheduled));
        const QString when = timer.due ? tr("due now") : tr("in %1 s").arg(timeText(timer.deadline - in.time));
        setCells(child, tr("at %1").arg(timeText(timer.deadline)),
                 timerText(timer.purpose, timer.owner) + QStringLiteral(" · ") + when, timer.scheduled, timer.owner);
        setChip(child, timer.owner);
        setTone(child, QColor(), false, false);
    }
    if (in.timerCount > in.timers.size())
        fillMore(row(section, index++, localKey(RowKind::More, 0)), in.timerCount - in.timers.size());
    trim(section, index);
}

void InspectorView::fillTasks(QTreeWidgetItem* section)
{
    const Inspection& in = shown_;
    QString summary;
    if (in.cursor != kNoEvent) {
        summary = tr("%1 live · %2 ended").arg(in.liveCount).arg(in.taskCount - in.liveCount);
        if (in.tasksLeftOut() > 0)
            summary += tr(" · %1 not listed").arg(in.tasksLeftOut());
    }
    setCells(section, tr("Tasks (%1)").arg(in.taskCount), summary, kNoEvent, kNoTask);
    int index = 0;
    for (const TaskItem& task : in.tasks)
        fillTask(row(section, index++, localKey(RowKind::Task, task.task)), task);
    if (in.tasksLeftOut() > 0)
        fillMore(row(section, index++, localKey(RowKind::More, 0)), in.tasksLeftOut());
    trim(section, index);
}

void InspectorView::fillTask(QTreeWidgetItem* item, const TaskItem& task)
{
    QString what = text(task.name) + QLatin1String("  ") + text(task.coroutine);
    if (task.internal)
        what += tr(" (asyncio.run's)");
    setCells(item, what, taskStateText(task), task.since, task.task);
    setChip(item, task.task);
    setTone(item, stateColor(task.state), isEnded(task.state) || task.internal, task.state == TaskState::Running);
    fillChain(item, task);
    applyExpansion(item, expandTasks_);
}

void InspectorView::fillChain(QTreeWidgetItem* item, const TaskItem& task)
{
    // Links come depth first: each under the latest link one level up.
    struct Level {
        QTreeWidgetItem* item;
        int used;
    };
    std::vector<Level> levels{{item, 0}};
    auto close = [&]() {
        Level& level = levels.back();
        trim(level.item, level.used);
        if (level.item != item)
            applyExpansion(level.item, true);
        levels.pop_back();
    };
    for (const AwaitLink& link : task.chain) {
        while (int(levels.size()) > link.depth)
            close();
        Level& parent = levels.back();
        const quint64 local = link.task == kNoTask ? localKey(RowKind::More, quint64(link.depth))
                                                    : localKey(RowKind::Link, link.task);
        QTreeWidgetItem* child = row(parent.item, parent.used++, local);
        if (link.task == kNoTask) {
            fillMore(child, link.more);
        } else {
            const QString state = link.repeated
                                      ? tr("(already above in this chain: they await each other)")
                                      : stateText(link.state, text(link.awaits), text(link.outcome), kNoEvent,
                                                  link.task);
            setCells(child, taskName(link.task), state, link.since, link.task);
            setChip(child, link.task);
            setTone(child, stateColor(link.state), isEnded(link.state), link.state == TaskState::Running);
        }
        levels.push_back({child, 0});
    }
    while (levels.size() > 1)
        close();
    const int used = fillCancels(item, levels.front().used, task.task, task.cancels);
    trim(item, used);
}

int InspectorView::fillCancels(QTreeWidgetItem* item, int index, TaskId task, const std::vector<CancelRequest>& cancels)
{
    for (const CancelRequest& request : cancels) {
        QTreeWidgetItem* child = row(item, index++, localKey(RowKind::Cancel, request.event));
        QString state = cancelText(request.reason, request.requester);
        if (!request.message.empty())
            state += tr(", message %1").arg(text(request.message));
        state += request.delivered ? tr(" · thrown in") : tr(" · not thrown in yet");
        setCells(child, tr("cancel requested"), state, request.event, task);
        setChip(child, kNoTask);
        setTone(child, theme_.cancelRequest, false, false);
        trim(child, 0);
    }
    return index;
}

void InspectorView::fillWaits(QTreeWidgetItem* section)
{
    const Inspection& in = shown_;
    const std::size_t finished = std::size_t(std::count_if(in.waits.begin(), in.waits.end(),
                                                           [](const MultiWaitItem& w) { return !w.active; }));
    QString summary;
    if (in.cursor != kNoEvent) {
        summary = tr("%1 active").arg(in.activeWaitCount);
        if (finished > 0)
            summary += tr(" · %1 just finished").arg(finished);
    }
    setCells(section, tr("Waits (%1)").arg(in.activeWaitCount), summary, kNoEvent, kNoTask);
    int index = 0;
    for (const MultiWaitItem& wait : in.waits) {
        const quint64 local = wait.kind == WaitKind::TaskGroup     ? localKey(RowKind::Group, wait.group)
                              : wait.kind == WaitKind::AsCompleted ? localKey(RowKind::AsCompleted, wait.begin)
                                                                   : localKey(RowKind::Wait, wait.wait);
        fillWait(row(section, index++, local), wait);
    }
    trim(section, index);
}

void InspectorView::fillWait(QTreeWidgetItem* item, const MultiWaitItem& wait)
{
    setCells(item, waitTitle(wait), waitSummary(wait), wait.begin, wait.waiter);
    setChip(item, wait.waiter);
    const QColor tone = wait.aborting || (wait.kind == WaitKind::WaitFor && wait.timedOut) ? theme_.failed : QColor();
    setTone(item, tone, !wait.active, false);

    int index = 0;
    fillNote(row(item, index++, localKey(RowKind::Note, 0)), waitNote(wait));
    if (wait.kind == WaitKind::TaskGroup && !wait.errors.empty()) {
        QTreeWidgetItem* errors = row(item, index++, localKey(RowKind::Errors, 0));
        setCells(errors, tr("errors collected (%1)").arg(wait.failed),
                 tr("for its ExceptionGroup"), kNoEvent, kNoTask);
        setChip(errors, kNoTask);
        setTone(errors, theme_.failed, false, false);
        int used = 0;
        for (const MemberItem& error : wait.errors)
            fillMember(row(errors, used++, localKey(RowKind::Member, error.task)), error);
        trim(errors, used);
        applyExpansion(errors, true);
    }
    for (const MemberItem& member : wait.members)
        fillMember(row(item, index++, localKey(RowKind::Member, member.task)), member);
    if (wait.total > wait.members.size())
        fillMore(row(item, index++, localKey(RowKind::More, 0)), wait.total - wait.members.size());
    trim(item, index);
    applyExpansion(item, true);
}

void InspectorView::fillMember(QTreeWidgetItem* item, const MemberItem& member)
{
    const QString state = stateText(member.state, text(member.awaits), text(member.outcome), kNoEvent, member.task);
    setCells(item, text(member.name), state, member.ended != kNoEvent ? member.ended : member.since, member.task);
    setChip(item, member.task);
    setTone(item, stateColor(member.state), false, member.state == TaskState::Running);
    trim(item, 0);
}

void InspectorView::fillNote(QTreeWidgetItem* item, const QString& note)
{
    if (!item->isFirstColumnSpanned())
        item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    if (!font.italic()) {
        font.setItalic(true);
        item->setFont(0, font);
    }
    // Broken into lines here: the item view sizes a row by its lines, not by wrapping
    // to the column (a spanned row least of all).
    int depth = 0;
    for (const QTreeWidgetItem* up = item->parent(); up; up = up->parent())
        ++depth;
    const int margins = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    const int width = wrapWidth_ - indentation() * (depth + 1) - margins;
    const QString lines = wrapped(note, QFontMetrics(font), width);
    if (item->text(0) != lines)
        item->setText(0, lines);
    item->setData(0, Qt::ForegroundRole, QBrush(theme_.mutedText));
    trim(item, 0);
}

QString InspectorView::wrapped(const QString& words, const QFontMetrics& metrics, int width)
{
    if (width < 80)
        return words;
    QString out, line;
    for (const QString& word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            out += line + QLatin1Char('\n');
            line = word;
        } else {
            line = longer;
        }
    }
    return out + line;
}

void InspectorView::fillMore(QTreeWidgetItem* item, std::size_t count)
{
    setCells(item, tr("… and %1 more").arg(count), QString(), kNoEvent, kNoTask);
    setChip(item, kNoTask);
    setTone(item, QColor(), true, false);
    trim(item, 0);
}

// ---- tooltips ---------------------------------------------------------------------------

bool InspectorView::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QTreeWidget::viewportEvent(event);
    // Made when asked: composing the words of every row at each cursor step would cost
    // more than the rows themselves.
    const auto* help = static_cast<QHelpEvent*>(event);
    const QTreeWidgetItem* item = itemAt(help->pos());
    const QString tip = item ? tipOf(item) : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, viewport());
    return true;
}

QString InspectorView::tipOf(const QTreeWidgetItem* item) const
{
    const auto kind = RowKind(item->data(0, KindRole).toULongLong());
    bool hasEvent = false;
    const EventId event = EventId(item->data(0, EventRole).toULongLong(&hasEvent));
    const TaskId task = TaskId(item->data(0, TaskRole).toUInt());
    const QString plain = item->text(1).isEmpty() ? item->text(0) : item->text(0) + QLatin1String(": ") + item->text(1);
    switch (kind) {
    case RowKind::Section:
        if (item == sections_[ReadySection])
            return tr("What the loop will run, first to run first: task steps and callbacks, each run once per loop "
                      "step in the order they were queued. When it is empty, the virtual clock jumps to the next "
                      "timer.");
        if (item == sections_[TimersSection])
            return tr("Timers waiting for their deadline, soonest first. When nothing is ready, the virtual clock "
                      "jumps to the first one.");
        if (item == sections_[TasksSection])
            return tr("Every task created so far: what it is doing now, and what it waits on, down to the sleep or "
                      "future at the end of the chain.");
        return tr("gather, wait, wait_for, as_completed and TaskGroup: which of their tasks are done, which failed, "
                  "which still run, and what that means for the task awaiting them.");
    case RowKind::Ready:
        for (std::size_t i = 0; i < shown_.ready.size(); ++i) {
            const ReadyItem& ready = shown_.ready[i];
            if (ready.run != event)
                continue;
            const EventId queuedAfter = ready.queued == 0 ? 0 : ready.queued - 1;
            return tr("#%1 in the ready queue: %2. In the queue since event %3 (t = %4); runs at event %5.")
                .arg(i + 1)
                .arg(plain)
                .arg(queuedAfter)
                .arg(timeText(model_->trace().timeOf(queuedAfter)))
                .arg(ready.run);
        }
        break;
    case RowKind::Timer:
        return hasEvent ? tr("%1. Scheduled at event %2 (t = %3).")
                              .arg(plain)
                              .arg(event)
                              .arg(timeText(model_->trace().timeOf(event)))
                        : plain;
    case RowKind::Task:
        for (const TaskItem& shown : shown_.tasks)
            if (shown.task == task)
                return taskTip(shown);
        break;
    case RowKind::Wait:
    case RowKind::Group:
    case RowKind::AsCompleted:
        return item->childCount() > 0 ? plain + QLatin1String("\n") + item->child(0)->text(0).simplified() : plain;
    case RowKind::Note:
        return item->text(0).simplified();
    case RowKind::Cancel:
        return tr("%1. Asked at event %2 and still standing: the task has not ended and no uncancel() took it back.")
            .arg(plain)
            .arg(event);
    default:
        break;
    }
    return plain;
}

QString InspectorView::taskTip(const TaskItem& task) const
{
    const trace::Trace& t = model_->trace();
    QString tip = tr("%1, coroutine %2").arg(text(task.name), text(task.coroutine));
    if (task.parent != kNoTask)
        tip += tr(", created by %1").arg(taskName(task.parent));
    if (t.task(task.task).line > 0)
        tip += tr(" at line %1").arg(t.task(task.task).line);
    if (task.group != trace::kNoGroup)
        tip += tr(", in a TaskGroup of %1").arg(taskName(t.groups()[task.group].owner));
    tip += QLatin1String(".\n") + taskStateText(task);
    if (queuePosition_.contains(task.task))
        tip += tr(" (#%1 in the ready queue)").arg(queuePosition_.value(task.task) + 1);
    if (task.since != kNoEvent)
        tip += tr(" (since event %1, t = %2)").arg(task.since).arg(timeText(t.timeOf(task.since)));
    return tip;
}

// ---- words ------------------------------------------------------------------------------

QString InspectorView::taskName(TaskId task) const
{
    if (!inspection_)
        return QString();
    return QString::fromUtf8(inspection_->nameAt(task, shown_.cursor));
}

QString InspectorView::taskStateText(const TaskItem& task) const
{
    const bool cancelComing = std::any_of(task.cancels.begin(), task.cancels.end(),
                                          [](const CancelRequest& request) { return !request.delivered; });
    if (task.state == TaskState::Ready && cancelComing)
        return tr("ready: to receive CancelledError");
    QString state = stateText(task.state, text(task.awaits), text(task.outcome), task.endingCancel, task.task);
    if (cancelComing)
        state += tr(" · cancel requested");
    return state;
}

QColor InspectorView::stateColor(TaskState state) const
{
    switch (state) {
    case TaskState::Failed: return theme_.failed;
    case TaskState::Cancelled: return theme_.cancelled;
    case TaskState::Done: return theme_.done;
    default: return QColor();
    }
}

QString InspectorView::stateText(TaskState state, const QString& awaits, const QString& outcome,
                                 EventId endingCancel, TaskId task) const
{
    switch (state) {
    case TaskState::Ready:
        // Queued to have CancelledError thrown in (its step will begin with it).
        if (const auto place = queuePosition_.find(task); place != queuePosition_.end() && model_) {
            const trace::Event& run = model_->trace().event(shown_.ready[std::size_t(*place)].run);
            if (run.extra & trace::kCancelThrown)
                return tr("ready: to receive CancelledError");
        }
        return tr("ready: will run at the next loop step");
    case TaskState::Running:
        return tr("running: its step is on now");
    case TaskState::Waiting:
        return awaits.isEmpty() ? tr("waiting") : tr("waiting on %1").arg(awaits);
    case TaskState::Done:
        return outcome.isEmpty() ? tr("done") : tr("done, returned %1").arg(outcome);
    case TaskState::Failed:
        return tr("failed: %1").arg(outcome);
    case TaskState::Cancelled: {
        QString words = tr("cancelled");
        if (endingCancel != kNoEvent && model_) {
            const trace::Event& cancel = model_->trace().event(endingCancel);
            words = tr("cancelled (%1)").arg(cancelText(trace::CancelReason(cancel.sub), cancel.low()));
        }
        if (!outcome.isEmpty())
            words += tr(", message %1").arg(outcome);
        return words;
    }
    }
    return QString();
}

QString InspectorView::cancelText(trace::CancelReason reason, TaskId requester) const
{
    switch (reason) {
    case trace::CancelReason::Call:
        return requester != kNoTask ? tr("by %1's cancel() call").arg(taskName(requester)) : tr("by a cancel() call");
    case trace::CancelReason::Await:
        return requester != kNoTask ? tr("passed down from %1, cancelled while awaiting it").arg(taskName(requester))
                                    : tr("passed down from what awaited it");
    case trace::CancelReason::Gather: return tr("by the gather awaiting it, which was cancelled");
    case trace::CancelReason::TaskGroup: return tr("by TaskGroup abort");
    case trace::CancelReason::Timeout: return tr("by asyncio.timeout() expiring");
    case trace::CancelReason::WaitFor: return tr("by wait_for's timeout");
    case trace::CancelReason::Shutdown: return tr("by asyncio.run's shutdown: main had ended");
    }
    return QString();
}

QString InspectorView::readyText(const ReadyItem& item) const
{
    const trace::Trace& t = model_->trace();
    const trace::Event& run = t.event(item.run);
    if (item.kind == ReadyItem::Kind::Timer)
        return tr("due: %1").arg(timerText(trace::TimerPurpose(run.extra), item.task));
    const bool caused = item.cause != kNoEvent;
    const trace::Event* cause = caused ? &t.event(item.cause) : nullptr;
    if (item.kind == ReadyItem::Kind::Callback) {
        if (cause && trace::endsTask(cause->kind))
            return tr("done callback of %1").arg(taskName(cause->task));
        return tr("callback (call_soon)");
    }
    if (run.extra & trace::kCancelThrown)
        return tr("woken to receive CancelledError");
    switch (trace::ResumeCause(run.sub)) {
    case trace::ResumeCause::Start: return tr("its first step");
    case trace::ResumeCause::Continue: return tr("goes on after sleep(0)");
    case trace::ResumeCause::Wakeup: break;
    }
    if (!cause)
        return tr("woken");
    switch (cause->kind) {
    case EventKind::Timer:
        return trace::TimerPurpose(cause->extra) == trace::TimerPurpose::Sleep ? tr("woken: its sleep is over")
                                                                                : tr("woken: a timeout expired");
    case EventKind::Done: return tr("woken: %1 is done").arg(taskName(cause->task));
    case EventKind::Failed: return tr("woken: %1 failed").arg(taskName(cause->task));
    case EventKind::Cancelled: return tr("woken: %1 was cancelled").arg(taskName(cause->task));
    case EventKind::Callback: return tr("woken by %1").arg(QString::fromUtf8(t.string(cause->low())));
    default:
        return cause->task != kNoTask ? tr("woken by %1's step").arg(taskName(cause->task)) : tr("woken");
    }
}

QString InspectorView::timerText(trace::TimerPurpose purpose, TaskId owner) const
{
    const QString name = owner != kNoTask ? taskName(owner) : tr("the program");
    switch (purpose) {
    case trace::TimerPurpose::Sleep: return tr("%1's sleep ends").arg(name);
    case trace::TimerPurpose::WaitFor: return tr("%1's wait_for / wait timeout").arg(name);
    case trace::TimerPurpose::Timeout: return tr("%1's asyncio.timeout() expires").arg(name);
    case trace::TimerPurpose::Callback: break;
    }
    return owner != kNoTask ? tr("call_later callback (from %1)").arg(name) : tr("call_later callback");
}

QString InspectorView::waitTitle(const MultiWaitItem& wait) const
{
    const QString waiter = taskName(wait.waiter);
    switch (wait.kind) {
    case WaitKind::Gather: return tr("gather, awaited by %1").arg(waiter);
    case WaitKind::Wait:
        return tr("wait(%1), awaited by %2").arg(QLatin1String(returnWhenName(wait.returnWhen)), waiter);
    case WaitKind::WaitFor:
        return wait.timeout >= 0 ? tr("wait_for(timeout %1), awaited by %2").arg(wait.timeout).arg(waiter)
                                 : tr("wait_for, awaited by %1").arg(waiter);
    case WaitKind::Shield: return tr("shield, awaited by %1").arg(waiter);
    case WaitKind::AsCompleted: return tr("as_completed, used by %1").arg(waiter);
    case WaitKind::TaskGroup: return tr("TaskGroup of %1").arg(waiter);
    default: break;
    }
    return QString::fromLatin1(trace::waitKindName(wait.kind));
}

QString InspectorView::waitSummary(const MultiWaitItem& wait) const
{
    QStringList parts;
    if (!wait.active)
        parts << tr("finished");
    if (wait.kind == WaitKind::TaskGroup && wait.aborting)
        parts << (wait.active ? tr("aborting") : tr("aborted"));
    if (wait.kind != WaitKind::TaskGroup && wait.timedOut)
        parts << tr("timed out");
    if (wait.done > 0)
        parts << tr("%1 done").arg(wait.done);
    if (wait.failed > 0)
        parts << tr("%1 failed").arg(wait.failed);
    if (wait.cancelled > 0)
        parts << tr("%1 cancelled").arg(wait.cancelled);
    if (wait.pending > 0)
        parts << tr("%1 pending").arg(wait.pending);
    if (wait.others > 0)
        parts << tr("+%1 other futures").arg(wait.others);
    if (wait.kind != WaitKind::TaskGroup && wait.active && wait.timeoutTimer != kNoEvent && !wait.timedOut)
        parts << tr("times out at %1").arg(timeText(wait.timeoutAt));
    return parts.join(QStringLiteral(" · "));
}

QString InspectorView::memberNames(const MultiWaitItem& wait, bool withCancelled) const
{
    QStringList names;
    for (const MemberItem& member : wait.members) {
        if (isEnded(member.state) && !(withCancelled && member.state == TaskState::Cancelled))
            continue;
        if (names.size() < 4)
            names << text(member.name);
    }
    const std::size_t all = wait.pending + (withCancelled ? wait.cancelled : 0);
    if (all > std::size_t(names.size()))
        names << tr("%1 more").arg(all - std::size_t(names.size()));
    return names.join(QLatin1String(", "));
}

QString InspectorView::waitNote(const MultiWaitItem& wait) const
{
    const QString waiter = taskName(wait.waiter);
    const QString pending = memberNames(wait, false);
    switch (wait.kind) {
    case WaitKind::Gather: {
        if (wait.active)
            return tr("%1 resumes when all %2 children are done, or at once with the first exception. Meanwhile the "
                      "children run on their own: gather cancels none of them.")
                .arg(waiter)
                .arg(wait.total + wait.others);
        if (!wait.errors.empty() && wait.errors.front().ended <= wait.end) {
            const MemberItem& first = wait.errors.front();
            if (wait.pending > 0)
                return tr("%1 failed, so gather passed its %2 to %3 at once. gather cancels nothing: %4 kept running.")
                    .arg(text(first.name), text(first.outcome), waiter, pending);
            return tr("%1 failed, so gather passed its %2 to %3 at once.")
                .arg(text(first.name), text(first.outcome), waiter);
        }
        if (wait.cancelled > 0)
            return tr("gather is over with cancelled children: cancelling a gather cancels its children, and a "
                      "cancelled child makes the gather raise CancelledError in %1.")
                .arg(waiter);
        return tr("All children are done: %1 got their results, in the order they were given.").arg(waiter);
    }
    case WaitKind::Wait: {
        if (wait.active) {
            QString until = tr("when all of them are done");
            if (wait.returnWhen == trace::ReturnWhen::FirstCompleted)
                until = tr("as soon as one of them is done");
            else if (wait.returnWhen == trace::ReturnWhen::FirstException)
                until = tr("when one of them raises, or all are done");
            const QString timeout = wait.timeoutTimer != kNoEvent
                                        ? tr(", or when its timeout expires at %1").arg(timeText(wait.timeoutAt))
                                        : QString();
            return tr("%1 resumes %2%3. wait() cancels nothing: it hands back the sets of done and pending tasks.")
                .arg(waiter, until, timeout);
        }
        return tr("%1 resumed%2 with %3 done and %4 pending. wait() cancels nothing: the pending ones keep running.")
            .arg(waiter, wait.timedOut ? tr(" at its timeout") : QString())
            .arg(wait.total - wait.pending)
            .arg(wait.pending);
    }
    case WaitKind::WaitFor: {
        const QString inner = wait.members.empty() ? tr("the awaitable") : text(wait.members.front().name);
        const bool innerEnded = !wait.members.empty() && isEnded(wait.members.front().state);
        if (wait.timedOut && !innerEnded)
            return tr("The timeout expired at %1: wait_for cancelled %2 and waits for it to end, then raises "
                      "TimeoutError in %3.")
                .arg(timeText(wait.timeoutAt), inner, waiter);
        if (wait.timedOut)
            return tr("The timeout expired at %1: %2 was cancelled and %3 gets TimeoutError.")
                .arg(timeText(wait.timeoutAt), inner, waiter);
        if (!innerEnded)
            return wait.timeoutTimer != kNoEvent
                       ? tr("If %1 is not done by %2, wait_for cancels it and raises TimeoutError in %3.")
                             .arg(inner, timeText(wait.timeoutAt), waiter)
                       : tr("%1 waits for %2 with no time limit.").arg(waiter, inner);
        switch (wait.members.front().state) {
        case TaskState::Done: return tr("%1 finished in time: its result goes to %2.").arg(inner, waiter);
        case TaskState::Failed: return tr("%1 raised: wait_for passes the exception to %2.").arg(inner, waiter);
        default: return tr("%1 was cancelled: %2 gets CancelledError.").arg(inner, waiter);
        }
    }
    case WaitKind::Shield:
        return tr("If %1 is cancelled, %2 is not: shield keeps the cancellation from reaching it.")
            .arg(waiter, wait.members.empty() ? tr("the shielded task") : text(wait.members.front().name));
    case WaitKind::AsCompleted:
        return tr("Each await on as_completed() gives %1 the next task to finish, in the order they finish: %2 of %3 "
                  "so far.")
            .arg(waiter)
            .arg(wait.total - wait.pending)
            .arg(wait.total);
    case WaitKind::TaskGroup: {
        if (wait.aborting) {
            QString why;
            const trace::Trace& t = model_->trace();
            const trace::Event* trigger = wait.abortTrigger != kNoEvent ? &t.event(wait.abortTrigger) : nullptr;
            if (trigger && trigger->kind == EventKind::Failed)
                why = tr("%1 failed with %2").arg(taskName(trigger->task), QString::fromUtf8(t.string(trigger->low())));
            else if (trigger && trigger->kind == EventKind::Cancel && trigger->task == wait.waiter)
                why = tr("%1 was cancelled").arg(waiter);
            else
                why = tr("the body of %1's async with block raised").arg(waiter);
            const QString others = memberNames(wait, true);
            if (wait.active)
                return tr("%1, so the TaskGroup is aborting: it cancels its other tasks (%2) and, once all have ended, "
                          "raises an ExceptionGroup of the errors in %3.")
                    .arg(why, others.isEmpty() ? tr("none left") : others, waiter);
            return tr("%1, so the TaskGroup aborted: it cancelled its other tasks and raised an ExceptionGroup of the "
                      "errors in %2.")
                .arg(why, waiter);
        }
        if (!wait.active)
            return tr("All of its tasks are done: %1's async with block is over.").arg(waiter);
        if (wait.ownerWaiting)
            return tr("%1 waits at the end of its async with block until all of these tasks are done. If one fails, "
                      "the TaskGroup cancels the others.")
                .arg(waiter);
        return tr("%1 is still inside its async with block; the group's tasks run meanwhile. If one fails, the "
                  "TaskGroup cancels the others.")
            .arg(waiter);
    }
    default: break;
    }
    return QString();
}

} // namespace loopscope::ui
