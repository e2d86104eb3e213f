// A run's timeline as an image for slides and notes: the whole run or a range, as PNG
// (at a chosen width, 2x for high-DPI), SVG (text kept as text) or PDF (vector), with a
// title, the time axis, a label per lane, a legend and, if asked, the cursor. Drawn by
// the window's own painter; files are written atomically (a failed export leaves none).
#pragma once

#include "timeaxis.h"
#include "timelinemodel.h"
#include "timelinetheme.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace loopscope::ui {

enum class ImageFormat { Png, Svg, Pdf };

// The format a file name asks for, by its extension (none for another one).
std::optional<ImageFormat> imageFormatOf(const QString& path);

struct ExportOptions {
    QString title;          // drawn above the timeline (none if empty)
    int width = 1600;       // pixels (SVG and PDF: their size at 96 dpi)
    double scale = 1;       // PNG only: pixels per pixel (2 for high-DPI)
    bool dark = false;
    TimeAxis::Scale axisScale = TimeAxis::Scale::Time;
    bool legend = true;
    bool showInternal = false;          // asyncio's own shutdown tasks
    trace::EventId cursor = trace::kNoEvent; // drawn when set
};

class TimelineExport {
public:
    // Most lanes an image holds; the rest are named in a line below them.
    static constexpr int kMaxRows = 400;

    TimelineExport(std::shared_ptr<const TimelineModel> model, const ExportOptions& options);

    const TimeAxis& axis() const { return axis_; }
    // The part of the run drawn: axis positions (the window's visible range), or virtual
    // seconds (from the start of the instant t0 to the end of the instant t1). False,
    // with why, for an empty or reversed range.
    bool setRange(double from, double to, QString* error = nullptr);
    bool setTimeRange(double t0, double t1, QString* error = nullptr);

    QSize size() const; // in pixels, before the PNG scale
    QImage image() const;
    // Writes `path` in the format of its extension. False, with a message that says why
    // (an unknown extension, no such folder, no permission, no space), and no file.
    bool write(const QString& path, QString* error) const;

private:
    void paint(QPainter& painter) const;
    int shownRows() const;

    std::shared_ptr<const TimelineModel> model_;
    ExportOptions options_;
    TimelineTheme theme_;
    TimeAxis axis_;
    double from_ = 0, to_ = 1;
    bool whole_ = true;
};

} // namespace loopscope::ui
