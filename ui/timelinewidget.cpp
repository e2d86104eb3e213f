#include "timelinewidget.h"

#include "timelinepainter.h"

#include "trace/eventdescription.h"
#include "trace/tracetext.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

// What "fit" leaves either side of the record: room for the first mark and for the
// end marks of the last tasks.
constexpr double kFitBefore = 0.01;
constexpr double kFitAfter = 0.03;

using trace::EventId;
using trace::kNoEvent;

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent), theme_(TimelineTheme::light())
{
    setMouseTracking(true);
    setMinimumSize(400, 160);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Timeline"));
}

TimelineLayout TimelineWidget::layout() const
{
    static const TimelineModel empty;
    return TimelineLayout(model_ ? model_.get() : &empty, &axis_, QRectF(rect()), showInternal_);
}

void TimelineWidget::setModel(std::shared_ptr<const TimelineModel> model)
{
    const double oldLength = axis_.length();
    const bool wholeInView = view_.from <= 0 && view_.to >= oldLength;
    model_ = std::move(model);
    if (!model_ || view_.selectedLane >= int(model_->lanes().size()))
        view_.selectedLane = -1;
    axis_ = model_ && !model_->isEmpty() ? TimeAxis(model_->trace(), axis_.scale()) : TimeAxis(axis_.scale());
    if (wholeInView || oldLength <= 0 || std::fabs(axis_.length() - oldLength) > oldLength * 0.5)
        zoomToFit();
    clampView();
    update();
}

void TimelineWidget::setScale(TimeAxis::Scale scale)
{
    if (scale == axis_.scale())
        return;
    // Keep the cursor's event in view across the change.
    const EventId keep = view_.cursor;
    axis_ = model_ && !model_->isEmpty() ? TimeAxis(model_->trace(), scale) : TimeAxis(scale);
    zoomToFit();
    if (keep != kNoEvent)
        ensureVisible(keep);
    update();
}

void TimelineWidget::setShowInternal(bool show)
{
    showInternal_ = show;
    clampView();
    update();
}

void TimelineWidget::setTheme(const TimelineTheme& theme)
{
    theme_ = theme;
    update();
}

void TimelineWidget::setCursor(EventId event)
{
    view_.cursor = event;
    if (event != kNoEvent)
        ensureVisible(event);
    update();
}

void TimelineWidget::setSelectedLane(int lane)
{
    if (lane == view_.selectedLane)
        return;
    view_.selectedLane = lane;
    update();
}

void TimelineWidget::zoomIn()
{
    zoomAbout(0.5, layout().xOf(view_.cursor != kNoEvent ? axis_.positionOf(view_.cursor)
                                                         : (view_.from + view_.to) / 2,
                                view_));
}

void TimelineWidget::zoomOut()
{
    zoomAbout(2.0, layout().xOf((view_.from + view_.to) / 2, view_));
}

void TimelineWidget::zoomToFit()
{
    const double length = std::max(axis_.length(), 1e-9);
    view_.from = -length * kFitBefore;
    view_.to = length * (1 + kFitAfter);
    update();
}

void TimelineWidget::zoomAbout(double factor, double x)
{
    const TimelineLayout geometry = layout();
    const double anchor = geometry.positionAt(x, view_);
    const double span = (view_.to - view_.from) * factor;
    // No closer than a fraction of a step a pixel, no further than the whole record.
    const double minimum = axis_.stepWidth() * geometry.lanesRect().width() / 400;
    const double maximum = std::max(axis_.length(), 1e-9) * 1.2;
    const double clamped = std::clamp(span, std::min(minimum, maximum), maximum);
    const double ratio = (anchor - view_.from) / (view_.to - view_.from);
    view_.from = anchor - ratio * clamped;
    view_.to = view_.from + clamped;
    clampView();
    update();
}

void TimelineWidget::clampView()
{
    const TimelineLayout geometry = layout();
    const int rows = int(geometry.rows().size());
    view_.firstRow = std::clamp(view_.firstRow, 0, std::max(0, rows - geometry.visibleRowCount() + 1));
    // The view never leaves the record: no further out than "fit" shows it.
    const double span = view_.to - view_.from;
    const double length = std::max(axis_.length(), 1e-9);
    const double low = -length * kFitBefore;
    const double high = length * (1 + kFitAfter);
    if (span >= high - low)
        view_.from = low - (span - (high - low)) / 2;
    else
        view_.from = std::clamp(view_.from, low, high - span);
    view_.to = view_.from + span;
}

void TimelineWidget::ensureVisible(EventId event)
{
    if (!model_ || event >= model_->trace().size())
        return;
    const double position = axis_.positionOf(event);
    const double span = view_.to - view_.from;
    // Scroll by a good part of the view, not an event at a time, and only when the
    // event nears an edge.
    if (position < view_.from + span * 0.05)
        view_.from = position - span * 0.3;
    else if (position > view_.to - span * 0.05)
        view_.from = position - span * 0.7;
    view_.to = view_.from + span;
    const TimelineLayout geometry = layout();
    const int row = geometry.rowOfLane(model_->laneOfEvent(event));
    const int visible = std::max(1, geometry.visibleRowCount() - 1);
    if (row >= 0 && (row < view_.firstRow || row >= view_.firstRow + visible))
        view_.firstRow = std::max(0, row - visible / 2);
    clampView();
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const TimelineLayout geometry = layout();
    if (!model_ || model_->isEmpty()) {
        painter.fillRect(rect(), theme_.background);
        painter.setPen(theme_.mutedText);
        painter.setFont(theme_.font);
        painter.drawText(rect(), Qt::AlignCenter, tr("The timeline appears here once the program has run."));
        return;
    }
    painter_.paint(painter, geometry, view_);
    if (view_.hovered != kNoEvent) {
        const double x = geometry.xOf(axis_.positionOf(view_.hovered), view_);
        painter.setPen(QPen(theme_.mutedText, 1, Qt::DotLine));
        painter.drawLine(QPointF(x, geometry.lanesRect().top()), QPointF(x, geometry.lanesRect().bottom()));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent*)
{
    clampView();
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        // Sideways: pan; with Shift the vertical wheel pans too.
        const double steps = (delta.x() != 0 ? delta.x() : delta.y()) / 120.0;
        const double shift = (view_.to - view_.from) * 0.1 * -steps;
        view_.from += shift;
        view_.to += shift;
    } else {
        const double steps = delta.y() / 120.0;
        zoomAbout(std::pow(0.8, steps), event->position().x());
    }
    clampView();
    update();
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    dragging_ = true;
    dragged_ = false;
    dragStart_ = event->pos();
    dragView_ = view_;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const TimelineLayout geometry = layout();
    if (dragging_) {
        const QPoint moved = event->pos() - dragStart_;
        if (moved.manhattanLength() > 3)
            dragged_ = true;
        if (dragged_) {
            const double shift = -moved.x() * geometry.unitsPerPixel(dragView_);
            view_.from = dragView_.from + shift;
            view_.to = dragView_.to + shift;
            view_.firstRow = dragView_.firstRow - int(std::lround(moved.y() / TimelineLayout::kRowHeight));
            clampView();
            update();
            return;
        }
    }
    const EventId hovered = geometry.eventAt(event->position(), view_);
    if (hovered != view_.hovered) {
        view_.hovered = hovered;
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !dragging_)
        return;
    dragging_ = false;
    if (dragged_)
        return;
    const TimelineLayout geometry = layout();
    const int lane = geometry.laneAt(event->position(), view_);
    if (lane >= 0)
        emit laneSelected(lane);
    const EventId clicked = geometry.eventAt(event->position(), view_);
    if (clicked != kNoEvent)
        emit cursorRequested(clicked);
}

void TimelineWidget::leaveEvent(QEvent*)
{
    view_.hovered = kNoEvent;
    update();
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const EventId at = layout().eventAt(help->pos(), view_);
        if (at != kNoEvent)
            QToolTip::showText(help->globalPos(), describe(at), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString TimelineWidget::describe(EventId event) const
{
    // What the event is, in words, with the record's own line below.
    const trace::Trace& trace = model_->trace();
    const trace::Event& e = trace.event(event);
    const QString task = QString::fromStdString(trace::taskLabel(trace, e.task, event));
    const QString time = QString::fromStdString(trace::timeLabel(trace.timeOf(event)));
    QString what;
    switch (e.kind) {
    case trace::EventKind::Create:
        what = tr("%1 is created").arg(task);
        break;
    case trace::EventKind::Resume:
        what = tr("%1 runs a step (%2)").arg(task, QString::fromStdString(trace::causeLabel(trace, event)));
        break;
    case trace::EventKind::Suspend:
        what = tr("%1 waits for %2").arg(task, QString::fromStdString(trace::waitLabel(trace, event)));
        break;
    case trace::EventKind::Yield:
        what = tr("%1 yields to the loop (sleep(0)) and is ready again").arg(task);
        break;
    case trace::EventKind::Cancel:
        what = tr("%1 is asked to cancel, by %2 (%3)")
                   .arg(task, QString::fromStdString(trace::taskLabel(trace, e.low(), event)),
                        QString::fromLatin1(trace::cancelReasonName(trace::CancelReason(e.sub))));
        break;
    case trace::EventKind::Done:
        what = tr("%1 returns %2").arg(task, QString::fromStdString(std::string(trace.string(e.low()))));
        break;
    case trace::EventKind::Failed:
        what = tr("%1 raises %2").arg(task, QString::fromStdString(std::string(trace.string(e.low()))));
        break;
    case trace::EventKind::Cancelled:
        what = tr("%1 ends cancelled").arg(task);
        break;
    case trace::EventKind::Print:
        what = tr("%1 prints").arg(task == QLatin1String("-") ? tr("the program") : task);
        break;
    default:
        what = QString::fromLatin1(trace::kindName(e.kind));
        break;
    }
    return QStringLiteral("<b>%1</b> — t = %2 s<br><tt>%3</tt>")
        .arg(what.toHtmlEscaped(), time, QString::fromStdString(trace::eventLine(trace, event)).toHtmlEscaped());
}

} // namespace loopscope::ui
