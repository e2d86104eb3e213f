// Laid-out text for the timeline's segment labels, kept from one paint to the next.
// Shaping text is most of a paint's cost once hundreds of labels show; a label is
// shaped once per record and width, then only its glyphs are drawn.
#pragma once

#include "trace/trace.h"

#include <QFont>
#include <QStaticText>

#include <unordered_map>

class QPainter;

namespace loopscope::ui {

class LabelCache {
public:
    // Before a paint's labels: the record and font they are drawn from (what was kept
    // for another record, or another font, is let go).
    void prepare(const trace::Trace& trace, const QFont& font);
    // Draws the waiting label of `suspend` (a suspend event of the prepared record) at
    // `baseline`, elided to `width` pixels; returns its whole text.
    const QString& draw(QPainter& painter, trace::EventId suspend, QPointF baseline, double width);

private:
    struct Label {
        QString text;
        double width = 0; // unelided
        QStaticText whole;
    };
    const Label& label(trace::EventId suspend);

    const trace::Trace* trace_ = nullptr;
    std::size_t traceSize_ = 0;
    QFont font_;
    double ascent_ = 0;
    std::unordered_map<trace::EventId, Label> labels_;
    // Elided forms, by (event, width in steps of kWidthStep pixels).
    std::unordered_map<quint64, QStaticText> elided_;
};

} // namespace loopscope::ui
