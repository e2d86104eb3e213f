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
    // Draws the waiting label of `suspend` (a suspend event of `trace`) at `baseline`,
    // elided to `width` pixels.
    void draw(QPainter& painter, const trace::Trace& trace, trace::EventId suspend, QPointF baseline, double width,
              const QFont& font);
    // The label's whole text (for the tests' reports).
    QString text(const trace::Trace& trace, trace::EventId suspend, const QFont& font);

private:
    struct Label {
        QString text;
        double width = 0; // unelided
        QStaticText whole;
    };
    const Label& label(const trace::Trace& trace, trace::EventId suspend, const QFont& font);
    void reset(const trace::Trace& trace, const QFont& font);

    const trace::Trace* trace_ = nullptr;
    std::size_t traceSize_ = 0;
    QFont font_;
    double ascent_ = 0;
    std::unordered_map<trace::EventId, Label> labels_;
    // Elided forms, by (event, width in steps of kWidthStep pixels).
    std::unordered_map<quint64, QStaticText> elided_;
};

} // namespace loopscope::ui
