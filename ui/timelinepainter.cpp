#include "timelinepainter.h"

#include "barrow.h"
#include "trace/eventdescription.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

namespace {

using trace::EventId;
using trace::kNoEvent;

constexpr double kBarInset = 6;   // from the row's top and bottom to a bar
constexpr double kArrowHead = 7;
constexpr int kNarrowBar = 4; // pixels: a bar narrower is drawn solid, into the row's strip
constexpr double kOffViewStub = 14; // an arrow's length when its other end is out of view
constexpr std::size_t kMaxStubbedArrows = 200; // beyond, arrows to lanes out of view are left out
constexpr std::size_t kMaxArrows = 4000; // beyond, one an arrow a couple of pixels

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString secondsLabel(double seconds, double spacing)
{
    // As many decimals as the ticks' spacing needs.
    int decimals = 0;
    while (decimals < 6 && spacing * std::pow(10.0, decimals) < 0.999)
        ++decimals;
    return QString::number(seconds, 'f', decimals) + QStringLiteral(" s");
}

QPolygonF arrowHead(QPointF tip, QPointF from)
{
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const QPointF a = tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * kArrowHead;
    const QPointF b = tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * kArrowHead;
    QPolygonF head;
    head << tip << a << b << tip;
    return head;
}

// The visible event range: from the last event before the left edge to the first past
// the right one.
std::pair<EventId, EventId> visibleEvents(const TimelineLayout& layout, const TimelineViewport& view)
{
    const TimeAxis& axis = layout.axis();
    const EventId left = axis.eventAt(view.from);
    EventId right = axis.eventAt(view.to);
    const std::size_t count = layout.model().trace().size();
    if (right == kNoEvent)
        right = 0;
    else if (std::size_t(right) + 1 < count)
        ++right;
    return {left == kNoEvent ? 0 : left, right};
}

} // namespace

double TimelinePainter::titleHeight(const PaintOptions& options)
{
    return options.title.isEmpty() ? 0 : 34;
}

namespace {

// The legend's entries: their labels, in the order drawn.
const QStringList& legendLabels()
{
    static const QStringList labels = {
        QStringLiteral("running"), QStringLiteral("ready"), QStringLiteral("waiting (on what is written)"),
        QStringLiteral("returned"), QStringLiteral("raised"), QStringLiteral("cancelled"),
        QStringLiteral("cancel requested"), QStringLiteral("wakes"), QStringLiteral("cancels"),
        QStringLiteral("creates")};
    return labels;
}

constexpr double kLegendLine = 24;

// Where each legend entry goes in `width`: its line and its x (entries wrap).
std::vector<QPointF> legendPlaces(const QFont& font, double width)
{
    const QFontMetricsF metrics(font);
    std::vector<QPointF> places;
    double x = 10;
    int line = 0;
    for (const QString& label : legendLabels()) {
        const double advance = 34 + metrics.horizontalAdvance(label);
        if (x > 10 && x + advance > width - 10) {
            x = 10;
            ++line;
        }
        places.emplace_back(x, line);
        x += advance;
    }
    return places;
}

} // namespace

double TimelinePainter::legendHeight(const PaintOptions& options, double width) const
{
    if (!options.legend)
        return 0;
    const std::vector<QPointF> places = legendPlaces(theme_.smallFont, width);
    return (places.back().y() + 1) * kLegendLine + 10;
}

PaintReport TimelinePainter::paint(QPainter& painter, const TimelineLayout& layout,
                                   const TimelineViewport& view, const PaintOptions& options) const
{
    PaintReport report;
    const QRectF bounds = layout.bounds();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF all = bounds.adjusted(0, -titleHeight(options), 0, legendHeight(options, bounds.width()));
    painter.fillRect(all, theme_.background);
    if (!options.title.isEmpty()) {
        painter.setPen(theme_.text);
        QFont titleFont = theme_.boldFont;
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        painter.setFont(titleFont);
        painter.drawText(QRectF(bounds.left() + 10, all.top(), bounds.width() - 20, titleHeight(options)),
                         Qt::AlignVCenter | Qt::AlignLeft, options.title);
    }

    if (!layout.model().isEmpty()) {
        labels_.prepare(layout.model().trace(), theme_.smallFont);
        const int rows = int(layout.rows().size());
        const int lastRow = std::min(rows, view.firstRow + layout.visibleRowCount() + 1);
        for (int row = std::max(0, view.firstRow); row < lastRow; ++row)
            paintRow(painter, layout, view, row, report);
        paintGroups(painter, layout, view, report);
        painter.save();
        painter.setClipRect(layout.lanesRect());
        paintArrows(painter, layout, view, report);
        if (options.cursor && view.cursor != kNoEvent) {
            const double x = layout.xOf(layout.axis().positionOf(view.cursor), view);
            painter.setPen(theme_.cursorPen);
            painter.drawLine(QPointF(x, layout.lanesRect().top()), QPointF(x, layout.lanesRect().bottom()));
        }
        painter.restore();
        paintHeader(painter, layout, view);
    }
    if (options.legend)
        paintLegend(painter, QRectF(bounds.left(), bounds.bottom(), bounds.width(), legendHeight(options, bounds.width())));
    painter.restore();
    return report;
}

void TimelinePainter::paintHeader(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view) const
{
    const QRectF lanes = layout.lanesRect();
    const QRectF header(layout.bounds().left(), layout.bounds().top(), layout.bounds().width(),
                        TimelineLayout::kHeaderHeight);
    painter.fillRect(header, theme_.header);
    painter.setFont(theme_.smallFont);
    painter.setPen(theme_.mutedText);
    painter.drawText(QRectF(header.left() + 8, header.top(), TimelineLayout::kLabelWidth - 12, header.height()),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     layout.axis().scale() == TimeAxis::Scale::Time ? QStringLiteral("virtual time")
                                                                    : QStringLiteral("steps (time below)"));
    const double upp = layout.unitsPerPixel(view);
    const std::vector<TimeAxis::Tick> ticks = layout.axis().ticks(view.from, view.to, upp);
    double spacing = 0;
    for (std::size_t i = 1; i < ticks.size() && spacing == 0; ++i) {
        if (ticks[i].major && ticks[i].seconds != ticks[i - 1].seconds)
            spacing = std::fabs(ticks[i].seconds - ticks[i - 1].seconds) * 5;
    }
    painter.save();
    painter.setClipRect(QRectF(lanes.left(), header.top(), lanes.width(), header.height()));
    for (const TimeAxis::Tick& tick : ticks) {
        const double x = layout.xOf(tick.position, view);
        painter.setPen(theme_.gridPen);
        painter.drawLine(QPointF(x, header.bottom() - (tick.major ? 8 : 4)), QPointF(x, header.bottom()));
        if (tick.major) {
            painter.setPen(theme_.text);
            const QString label = layout.axis().scale() == TimeAxis::Scale::Steps
                                      ? QString::fromStdString(trace::timeLabel(tick.seconds))
                                      : secondsLabel(tick.seconds, spacing > 0 ? spacing : 1);
            painter.drawText(QPointF(x + 3, header.top() + 13), label);
        }
    }
    painter.restore();
    painter.setPen(theme_.gridPen);
    painter.drawLine(header.bottomLeft(), header.bottomRight());
}

void TimelinePainter::paintRow(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                               int row, PaintReport& report) const
{
    const int lane = layout.rows()[std::size_t(row)];
    const Lane& info = layout.model().lanes()[std::size_t(lane)];
    const QRectF rect = layout.rowRect(row, view);
    const QRectF lanes = layout.lanesRect();
    if (rect.bottom() < lanes.top() || rect.top() > lanes.bottom())
        return;
    if (row % 2 == 1)
        painter.fillRect(rect, theme_.laneAlternate);
    if (lane == view.selectedLane)
        painter.fillRect(rect, theme_.hover);
    // The task's own colour, as the code view marks its line.
    if (info.task != trace::kNoTask)
        painter.fillRect(QRectF(rect.left(), rect.top() + 3, lane == view.selectedLane ? 5 : 3, rect.height() - 6),
                         theme_.taskColor(lane));

    // The label: the task's name, its coroutine beside it, indented under its parent.
    const QString name = text(layout.model().laneName(lane));
    report.laneLabels << name;
    const double indent = 8 + TimelineLayout::kIndent * std::min(info.depth, 8);
    const QRectF label(rect.left() + indent, rect.top(), TimelineLayout::kLabelWidth - indent - 14, rect.height());
    painter.setFont(info.task == trace::kNoTask ? theme_.font : theme_.boldFont);
    painter.setPen(info.task == trace::kNoTask ? theme_.mutedText : theme_.text);
    const QFontMetricsF metrics(painter.font());
    const QString shownName = metrics.elidedText(name, Qt::ElideRight, label.width());
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    const double used = metrics.horizontalAdvance(shownName) + 6;
    if (used < label.width()) {
        painter.setFont(theme_.smallFont);
        painter.setPen(theme_.mutedText);
        const QString detail = QFontMetricsF(theme_.smallFont)
                                   .elidedText(text(layout.model().laneDetail(lane)), Qt::ElideRight, label.width() - used);
        painter.drawText(label.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, detail);
    }

    painter.save();
    painter.setClipRect(QRectF(lanes.left(), rect.top(), lanes.width(), rect.height()));
    paintSegments(painter, layout, view, lane, rect, report);
    paintMarks(painter, layout, view, lane, rect, report);
    painter.restore();
}

void TimelinePainter::paintSegments(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                                    int lane, const QRectF& row, PaintReport& report) const
{
    const TimelineModel& model = layout.model();
    const TimeAxis& axis = layout.axis();
    const std::vector<Segment>& segments = model.lanes()[std::size_t(lane)].segments;
    const auto [firstEvent, lastEvent] = visibleEvents(layout, view);
    auto [i, last] = model.segmentsBetween(lane, firstEvent, lastEvent);
    const QRectF lanes = layout.lanesRect();
    // Bars on whole pixels, without antialiasing: crisp, and the cheapest fill there is.
    const int top = int(std::lround(row.top() + kBarInset));
    const int height = int(std::lround(row.height() - 2 * kBarInset));
    const int leftEdge = int(std::floor(lanes.left())) - 2, rightEdge = int(std::ceil(lanes.right())) + 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(theme_.smallFont);
    const QFontMetricsF metrics(theme_.smallFont);
    const auto colorOf = [this](SegmentState state) -> const QColor& {
        return state == SegmentState::Running ? theme_.running : state == SegmentState::Ready ? theme_.ready : theme_.waiting;
    };
    // The labels go over the bars, once they are drawn.
    struct PendingLabel {
        EventId suspend;
        QPointF baseline;
        double width;
    };
    thread_local std::vector<PendingLabel> labels;
    labels.clear();
    BarRow bars(painter, leftEdge, rightEdge + 1, top, height);
    while (i < last) {
        const Segment& segment = segments[i];
        const double end = segment.to == kNoEvent ? axis.length() : axis.positionOf(segment.to);
        const int x0 = std::max(int(std::floor(layout.xOf(axis.positionOf(segment.from), view))), leftEdge);
        const int x1 = std::min(int(std::floor(layout.xOf(end, view))), rightEdge);
        ++report.segments;
        if (x1 <= x0) {
            // Within one pixel: that pixel takes the state of the first segment in it, and
            // the segments after it in the same pixel are skipped by a binary search of
            // this lane's segments (not of the whole record).
            bars.solid(x0, x0 + 1, colorOf(segment.state));
            const double pixelEnd = layout.positionAt(x0 + 1, view);
            i = std::size_t(std::partition_point(segments.begin() + std::ptrdiff_t(i) + 1,
                                                 segments.begin() + std::ptrdiff_t(last),
                                                 [&](const Segment& s) {
                                                     return s.to != kNoEvent && axis.positionOf(s.to) < pixelEnd;
                                                 }) -
                            segments.begin());
            continue;
        }
        ++i;
        if (x1 - x0 < kNarrowBar) {
            // Too narrow for an outline or a hatch to show.
            bars.solid(x0, x1, colorOf(segment.state));
            continue;
        }
        switch (segment.state) {
        case SegmentState::Running:
            bars.solid(x0, x1, theme_.running);
            break;
        case SegmentState::Ready:
            bars.hatched(x0, x1, theme_.ready, theme_.readyBrush);
            break;
        case SegmentState::Waiting:
            // A thin outlined band, labelled with what the task awaits where it fits.
            bars.outline(x0, x1, theme_.waiting);
            if (x1 - x0 > 44 && segment.suspend != kNoEvent) {
                const double left = std::max(double(x0), lanes.left()) + 4;
                const double width = std::min(double(x1 - 1), lanes.right()) - left - 3;
                if (width > 20) {
                    const double baseline = top + (height + metrics.ascent() - metrics.descent()) / 2;
                    labels.push_back({segment.suspend, QPointF(left, baseline), width});
                }
            }
            break;
        }
    }
    bars.finish();
    painter.setPen(theme_.mutedText);
    for (const PendingLabel& label : labels)
        report.segmentLabels << labels_.draw(painter, label.suspend, label.baseline, label.width);
    painter.restore();
}

void TimelinePainter::paintMarks(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                                 int lane, const QRectF& row, PaintReport& report) const
{
    const TimelineModel& model = layout.model();
    const TimeAxis& axis = layout.axis();
    const std::vector<Mark>& marks = model.lanes()[std::size_t(lane)].marks;
    const auto [firstEvent, lastEvent] = visibleEvents(layout, view);
    auto [i, last] = model.marksBetween(lane, firstEvent, lastEvent);
    const double middle = row.center().y();
    const double top = row.top() + kBarInset, bottom = row.bottom() - kBarInset;
    double lastX = -1e9;
    MarkKind lastKind = MarkKind::Created;
    while (i < last) {
        const Mark& mark = marks[i];
        const double x = layout.xOf(axis.positionOf(mark.event), view);
        // One mark of a kind per two pixels: the rest would only repaint it.
        if (x - lastX < 2 && mark.kind == lastKind) {
            const double after = layout.positionAt(x + 2, view);
            i = std::size_t(std::partition_point(marks.begin() + std::ptrdiff_t(i) + 1, marks.begin() + std::ptrdiff_t(last),
                                                 [&](const Mark& m) { return axis.positionOf(m.event) < after; }) -
                            marks.begin());
            continue;
        }
        lastX = x;
        lastKind = mark.kind;
        ++report.marks;
        painter.setPen(Qt::NoPen);
        switch (mark.kind) {
        case MarkKind::Created:
            painter.setPen(QPen(theme_.text, 1.5));
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom + 2));
            break;
        case MarkKind::CancelRequested: {
            painter.setBrush(theme_.cancelRequest);
            QPolygonF triangle;
            triangle << QPointF(x - 5, row.top() + 1) << QPointF(x + 5, row.top() + 1) << QPointF(x, row.top() + 8);
            painter.drawPolygon(triangle);
            break;
        }
        case MarkKind::Printed:
            painter.setBrush(theme_.printed);
            painter.drawEllipse(QPointF(x, bottom + 2), 2.5, 2.5);
            break;
        case MarkKind::Done:
            painter.setBrush(theme_.done);
            painter.drawEllipse(QPointF(x, middle), 6, 6);
            painter.setPen(QPen(theme_.background, 1.8));
            painter.drawPolyline(QPolygonF() << QPointF(x - 3, middle) << QPointF(x - 1, middle + 2.5)
                                             << QPointF(x + 3.2, middle - 2.8));
            break;
        case MarkKind::Failed:
            painter.setPen(QPen(theme_.failed, 3, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x - 5, middle - 5), QPointF(x + 5, middle + 5));
            painter.drawLine(QPointF(x - 5, middle + 5), QPointF(x + 5, middle - 5));
            break;
        case MarkKind::Cancelled:
            painter.setBrush(theme_.cancelled);
            painter.drawRect(QRectF(x - 5, middle - 5, 10, 10));
            painter.setPen(QPen(theme_.background, 1.6));
            painter.drawLine(QPointF(x - 3, middle + 3), QPointF(x + 3, middle - 3));
            break;
        case MarkKind::TimerScheduled:
        case MarkKind::TimerFired:
        case MarkKind::TimerCancelled: {
            QPolygonF diamond;
            diamond << QPointF(x, middle - 5) << QPointF(x + 5, middle) << QPointF(x, middle + 5) << QPointF(x - 5, middle);
            painter.setPen(QPen(theme_.loopMark, 1.2));
            painter.setBrush(mark.kind == MarkKind::TimerFired ? QBrush(theme_.loopMark) : QBrush(Qt::NoBrush));
            painter.drawPolygon(diamond);
            if (mark.kind == MarkKind::TimerCancelled) {
                painter.drawLine(QPointF(x - 3, middle - 3), QPointF(x + 3, middle + 3));
                painter.drawLine(QPointF(x - 3, middle + 3), QPointF(x + 3, middle - 3));
            }
            break;
        }
        case MarkKind::Callback:
            painter.setBrush(theme_.loopMark);
            painter.drawRect(QRectF(x - 1.5, top + 2, 3, bottom - top - 4));
            break;
        }
        ++i;
    }
}

void TimelinePainter::paintArrows(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                                  PaintReport& report) const
{
    const TimelineModel& model = layout.model();
    const TimeAxis& axis = layout.axis();
    const auto [firstEvent, lastEvent] = visibleEvents(layout, view);
    auto [i, last] = model.arrowsBetween(firstEvent, lastEvent);
    const std::vector<Arrow>& arrows = model.arrows();
    const bool thin = last - i > kMaxArrows;
    // A few stubs point the way to lanes out of view; hundreds would only be noise.
    const bool stubs = last - i <= kMaxStubbedArrows;
    const int firstRow = view.firstRow, lastRow = view.firstRow + layout.visibleRowCount();
    double lastX = -1e9;
    QPainterPath lines[3], heads[3]; // by ArrowKind
    while (i < last) {
        const Arrow& arrow = arrows[i];
        const int fromRow = layout.rowOfLane(arrow.fromLane);
        const int toRow = layout.rowOfLane(arrow.toLane);
        const double x1 = layout.xOf(axis.positionOf(arrow.to), view);
        if (thin && x1 - lastX < 3) {
            // Too many to tell apart: one arrow every few pixels.
            const double after = layout.positionAt(x1 + 3, view);
            i = std::size_t(std::partition_point(arrows.begin() + std::ptrdiff_t(i) + 1, arrows.begin() + std::ptrdiff_t(last),
                                                 [&](const Arrow& a) { return axis.positionOf(a.to) < after; }) -
                            arrows.begin());
            continue;
        }
        ++i;
        if (fromRow < 0 || toRow < 0)
            continue;
        // Both ends above the rows in view, or both below: nothing of it shows.
        if ((fromRow < firstRow && toRow < firstRow) || (fromRow > lastRow && toRow > lastRow))
            continue;
        lastX = x1;
        const double x0 = layout.xOf(axis.positionOf(arrow.from), view);
        const QRectF fromRect = layout.rowRect(fromRow, view), toRect = layout.rowRect(toRow, view);
        QPointF start(x0, fromRect.center().y()), tip(x1, toRect.center().y());
        // From or to a lane out of view: a short stub pointing the way to it (a line from
        // the view's edge would cross every row between, for nothing it shows).
        const QRectF lanes = layout.lanesRect();
        const bool fromOutside = fromRect.bottom() < lanes.top() || fromRect.top() > lanes.bottom();
        const bool toOutside = toRect.bottom() < lanes.top() || toRect.top() > lanes.bottom();
        // Arrows between rows end at the bar's edge, not its middle.
        if (toRow > fromRow) {
            start.ry() = fromRect.bottom() - kBarInset;
            tip.ry() = toRect.top() + kBarInset;
        } else if (toRow < fromRow) {
            start.ry() = fromRect.top() + kBarInset;
            tip.ry() = toRect.bottom() - kBarInset;
        }
        if ((fromOutside && toOutside) || ((fromOutside || toOutside) && !stubs))
            continue;
        if (fromOutside)
            start = QPointF(tip.x(), tip.y() + (toRow > fromRow ? -kOffViewStub : kOffViewStub));
        if (toOutside)
            tip = QPointF(start.x(), start.y() + (toRow > fromRow ? kOffViewStub : -kOffViewStub));
        switch (arrow.kind) {
        case ArrowKind::Create:
            ++report.createArrows;
            break;
        case ArrowKind::Wake:
            ++report.wakeArrows;
            break;
        case ArrowKind::Cancel:
            ++report.cancelArrows;
            break;
        }
        if (std::fabs(tip.x() - start.x()) < 1 && std::fabs(tip.y() - start.y()) < 1)
            continue;
        // The head points along the line's last stretch: for a curve, from its second
        // control point (no measuring of the curve).
        QPainterPath& line = lines[int(arrow.kind)];
        QPointF headFrom = start;
        line.moveTo(start);
        if (std::fabs(tip.x() - start.x()) > 8 && fromRow != toRow) {
            // A wake-up across time: a gentle curve, so that it does not hide the bars.
            const double midX = (start.x() + tip.x()) / 2;
            line.cubicTo(QPointF(midX, start.y()), QPointF(midX, tip.y()), tip);
            headFrom = QPointF(midX, tip.y());
        } else {
            line.lineTo(tip);
        }
        heads[int(arrow.kind)].addPolygon(arrowHead(tip, headFrom));
    }
    // One stroke per kind: the rasteriser's set-up is most of what a short arrow costs.
    const QPen pens[] = {theme_.createPen, theme_.wakePen, theme_.cancelPen};
    for (int kind = 0; kind < 3; ++kind) {
        if (lines[kind].isEmpty())
            continue;
        painter.strokePath(lines[kind], pens[kind]);
        painter.fillPath(heads[kind], pens[kind].color());
    }
}

void TimelinePainter::paintGroups(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                                  PaintReport& report) const
{
    // A bracket beside the labels of each TaskGroup's members, with the group's owner.
    const TimelineModel& model = layout.model();
    const std::vector<int>& rows = layout.rows();
    const QRectF lanes = layout.lanesRect();
    std::size_t row = 0;
    while (row < rows.size()) {
        const trace::GroupId group = model.lanes()[std::size_t(rows[row])].group;
        if (group == trace::kNoGroup) {
            ++row;
            continue;
        }
        std::size_t end = row + 1, lastMember = row;
        // Members are siblings: the group runs until a row that is not a member's child.
        const int depth = model.lanes()[std::size_t(rows[row])].depth;
        while (end < rows.size()) {
            const Lane& lane = model.lanes()[std::size_t(rows[end])];
            if (lane.depth < depth || (lane.depth == depth && lane.group != group))
                break;
            if (lane.group == group)
                lastMember = end;
            ++end;
        }
        const QRectF first = layout.rowRect(int(row), view), last = layout.rowRect(int(lastMember), view);
        if (last.bottom() >= lanes.top() && first.top() <= lanes.bottom()) {
            const double x = layout.bounds().left() + 4 + TimelineLayout::kIndent * std::min(depth, 8) - 6;
            painter.setPen(theme_.groupPen);
            const double y0 = std::max(first.top() + 4, lanes.top()), y1 = std::min(last.bottom() - 4, lanes.bottom());
            painter.drawLine(QPointF(x, y0), QPointF(x, y1));
            painter.drawLine(QPointF(x, y0), QPointF(x + 4, y0));
            painter.drawLine(QPointF(x, y1), QPointF(x + 4, y1));
            ++report.groupBrackets;
        }
        row = end;
    }
}

void TimelinePainter::paintLegend(QPainter& painter, const QRectF& area) const
{
    painter.fillRect(area, theme_.header);
    painter.setFont(theme_.smallFont);
    const QFontMetricsF metrics(theme_.smallFont);
    const std::vector<QPointF> places = legendPlaces(theme_.smallFont, area.width());
    std::size_t entry = 0;
    auto item = [&](auto draw) {
        const QString& label = legendLabels()[qsizetype(std::min(entry, places.size() - 1))];
        const QPointF place = places[std::min(entry++, places.size() - 1)];
        const double x = area.left() + place.x();
        const double y = area.top() + 5 + place.y() * kLegendLine + kLegendLine / 2;
        painter.save();
        draw(QPointF(x + 10, y));
        painter.restore();
        painter.setPen(theme_.text);
        painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), label);
    };
    auto bar = [&](QPointF c, SegmentState state) {
        const QRectF r(c.x() - 9, c.y() - 6, 18, 12);
        if (state == SegmentState::Running)
            painter.fillRect(r, theme_.running);
        else if (state == SegmentState::Ready)
            painter.fillRect(r, theme_.readyBrush);
        else {
            painter.setPen(theme_.waitingPen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
    };
    item([&](QPointF c) { bar(c, SegmentState::Running); });
    item([&](QPointF c) { bar(c, SegmentState::Ready); });
    item([&](QPointF c) { bar(c, SegmentState::Waiting); });
    item([&](QPointF c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme_.done);
        painter.drawEllipse(c, 6, 6);
    });
    item([&](QPointF c) {
        painter.setPen(QPen(theme_.failed, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(c + QPointF(-5, -5), c + QPointF(5, 5));
        painter.drawLine(c + QPointF(-5, 5), c + QPointF(5, -5));
    });
    item([&](QPointF c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme_.cancelled);
        painter.drawRect(QRectF(c.x() - 5, c.y() - 5, 10, 10));
    });
    item([&](QPointF c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme_.cancelRequest);
        painter.drawPolygon(QPolygonF() << c + QPointF(-5, -4) << c + QPointF(5, -4) << c + QPointF(0, 4));
    });
    item([&](QPointF c) {
        painter.setPen(theme_.wakePen);
        painter.drawLine(c + QPointF(-9, 0), c + QPointF(8, 0));
    });
    item([&](QPointF c) {
        painter.setPen(theme_.cancelPen);
        painter.drawLine(c + QPointF(-9, 0), c + QPointF(8, 0));
    });
    item([&](QPointF c) {
        painter.setPen(theme_.createPen);
        painter.drawLine(c + QPointF(-9, 0), c + QPointF(8, 0));
    });
}

} // namespace loopscope::ui
