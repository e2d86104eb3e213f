#include "labelcache.h"

#include "trace/eventdescription.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace loopscope::ui {

namespace {

// Elided labels are made for widths in steps of a few pixels: a label cut a pixel or
// two early looks the same, and a zoom does not shape every label anew at every step.
constexpr int kWidthStep = 4;
// Beyond this many labels the cache starts again (a long session of zooming about a
// million-event record would otherwise keep every label it ever showed).
constexpr std::size_t kMaxLabels = 20000;

QStaticText laidOut(const QString& text, const QFont& font)
{
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), font);
    return staticText;
}

} // namespace

void LabelCache::prepare(const trace::Trace& trace, const QFont& font)
{
    // A new record (or one that grew: ids are reused) or another font: nothing holds.
    if (&trace == trace_ && trace.size() == traceSize_ && font == font_ && labels_.size() < kMaxLabels &&
        elided_.size() < kMaxLabels)
        return;
    trace_ = &trace;
    traceSize_ = trace.size();
    font_ = font;
    ascent_ = QFontMetricsF(font).ascent();
    labels_.clear();
    elided_.clear();
}

const LabelCache::Label& LabelCache::label(trace::EventId suspend)
{
    auto [it, added] = labels_.try_emplace(suspend);
    if (added) {
        Label& made = it->second;
        made.text = QString::fromStdString(trace::waitLabel(*trace_, suspend));
        made.width = QFontMetricsF(font_).horizontalAdvance(made.text);
        made.whole = laidOut(made.text, font_);
    }
    return it->second;
}

const QString& LabelCache::draw(QPainter& painter, trace::EventId suspend, QPointF baseline, double width)
{
    const Label& whole = label(suspend);
    // QStaticText is placed by its top-left corner.
    const QPointF topLeft(baseline.x(), baseline.y() - ascent_);
    painter.setFont(font_);
    if (whole.width <= width) {
        painter.drawStaticText(topLeft, whole.whole);
        return whole.text;
    }
    const int steps = int(std::floor(width / kWidthStep));
    if (steps <= 0)
        return whole.text;
    const quint64 key = (quint64(suspend) << 16) | quint64(std::min(steps, 0xffff));
    auto [it, added] = elided_.try_emplace(key);
    if (added)
        it->second = laidOut(QFontMetricsF(font_).elidedText(whole.text, Qt::ElideRight, steps * kWidthStep), font_);
    painter.drawStaticText(topLeft, it->second);
    return whole.text;
}

} // namespace loopscope::ui
