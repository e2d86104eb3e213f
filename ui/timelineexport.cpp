#include "timelineexport.h"

#include "timelinelayout.h"
#include "timelinepainter.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

namespace {

constexpr double kBottomMargin = 6;
constexpr double kNoteHeight = 24; // the line naming the lanes left out
constexpr int kPngQuality = 70;     // Qt's scale; zlib's level 3 or so

} // namespace

std::optional<ImageFormat> imageFormatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

TimelineExport::TimelineExport(std::shared_ptr<const TimelineModel> model, const ExportOptions& options)
    : model_(std::move(model)), options_(options),
      theme_(options.dark ? TimelineTheme::dark() : TimelineTheme::light())
{
    options_.width = std::max(options_.width, 320);
    options_.scale = std::clamp(options_.scale, 0.25, 8.0);
    if (model_ && !model_->isEmpty())
        axis_ = TimeAxis(model_->trace(), options_.axisScale);
    else
        axis_ = TimeAxis(options_.axisScale);
    // The whole run, with the room "fit" leaves in the window for the first and last marks.
    const double length = std::max(axis_.length(), 1e-9);
    from_ = -length * 0.01;
    to_ = length * 1.03;
}

bool TimelineExport::setRange(double from, double to, QString* error)
{
    if (!(to > from) || !std::isfinite(from) || !std::isfinite(to)) {
        if (error)
            *error = QStringLiteral("the range is empty");
        return false;
    }
    from_ = from;
    to_ = to;
    whole_ = false;
    return true;
}

bool TimelineExport::setTimeRange(double t0, double t1, QString* error)
{
    if (!(t1 >= t0) || !std::isfinite(t0) || !std::isfinite(t1)) {
        if (error)
            *error = QStringLiteral("the range %1:%2 is reversed or not a number").arg(t0).arg(t1);
        return false;
    }
    if (t0 > axis_.endTime()) {
        if (error)
            *error = QStringLiteral("the range starts at %1 s, after the run's end at %2 s").arg(t0).arg(axis_.endTime());
        return false;
    }
    return setRange(axis_.positionOfTime(t0), axis_.positionAfterTime(t1), error);
}

int TimelineExport::shownRows() const
{
    if (!model_ || model_->isEmpty())
        return 0;
    const TimelineLayout rows(model_.get(), &axis_, QRectF(), options_.showInternal);
    return int(rows.rows().size());
}

QSize TimelineExport::size() const
{
    const PaintOptions paint{options_.title, options_.legend, false};
    const TimelinePainter painter(theme_);
    const int rows = shownRows();
    double height = TimelinePainter::titleHeight(paint) + TimelineLayout::kHeaderHeight +
                    std::min(rows, kMaxRows) * TimelineLayout::kRowHeight + kBottomMargin +
                    painter.legendHeight(paint, options_.width);
    if (rows > kMaxRows)
        height += kNoteHeight;
    return QSize(options_.width, int(std::ceil(height)));
}

void TimelineExport::paint(QPainter& painter) const
{
    const QSize whole = size();
    painter.fillRect(QRect(QPoint(), whole), theme_.background);
    if (!model_)
        return;
    PaintOptions paint{options_.title, options_.legend, options_.cursor != trace::kNoEvent};
    const TimelinePainter timeline(theme_);
    const int rows = shownRows();
    const double top = TimelinePainter::titleHeight(paint);
    const double lanesHeight = TimelineLayout::kHeaderHeight + std::min(rows, kMaxRows) * TimelineLayout::kRowHeight +
                               kBottomMargin + (rows > kMaxRows ? kNoteHeight : 0);
    const TimelineLayout layout(model_.get(), &axis_, QRectF(0, top, options_.width, lanesHeight),
                                options_.showInternal);
    TimelineViewport view;
    view.from = from_;
    view.to = to_;
    view.cursor = options_.cursor;
    timeline.paint(painter, layout, view, paint);
    if (rows > kMaxRows) {
        // The bottom strip is the painter's background; the note goes there.
        const QRectF note(12, top + lanesHeight - kNoteHeight, options_.width - 24, kNoteHeight);
        painter.fillRect(note.adjusted(-12, 0, 12, 0), theme_.background);
        painter.setFont(theme_.font);
        painter.setPen(theme_.mutedText);
        painter.drawText(note, Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("… and %1 more lanes, not shown (an image holds the first %2)")
                             .arg(rows - kMaxRows)
                             .arg(kMaxRows));
    }
}

QImage TimelineExport::image() const
{
    const QSize logical = size();
    QImage image(QSize(int(std::ceil(logical.width() * options_.scale)), int(std::ceil(logical.height() * options_.scale))),
                 QImage::Format_RGB32); // opaque: faster to paint and to encode
    image.setDevicePixelRatio(options_.scale);
    image.fill(theme_.background);
    QPainter painter(&image);
    paint(painter);
    painter.end();
    return image;
}

bool TimelineExport::write(const QString& path, QString* error) const
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };
    const std::optional<ImageFormat> format = imageFormatOf(path);
    if (!format) {
        const QString suffix = QFileInfo(path).suffix();
        return fail(suffix.isEmpty() ? QStringLiteral("no image type: name it .png, .svg or .pdf")
                                     : QStringLiteral("unknown image type '.%1': use .png, .svg or .pdf").arg(suffix));
    }
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("it is a folder"));
    // Written beside the destination under another name, then renamed over it: a
    // failure on the way leaves no half-written file (and the old one, if any, intact).
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QSize logical = size();
    bool painted = true;
    switch (*format) {
    case ImageFormat::Png:
        // Light compression: most of the time a stronger one would take buys 1 or 2 %.
        painted = image().save(&file, "PNG", kPngQuality);
        break;
    case ImageFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(logical);
        generator.setViewBox(QRect(QPoint(), logical));
        generator.setResolution(96);
        generator.setTitle(options_.title.isEmpty() ? QStringLiteral("Loopscope timeline") : options_.title);
        generator.setDescription(QStringLiteral("An asyncio program's tasks over virtual time, drawn by Loopscope"));
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            paint(painter);
            painted = painter.end();
        }
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(logical) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options_.title.isEmpty() ? QStringLiteral("Loopscope timeline") : options_.title);
        writer.setCreator(QStringLiteral("Loopscope"));
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            paint(painter);
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("the image could not be made");
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace loopscope::ui
