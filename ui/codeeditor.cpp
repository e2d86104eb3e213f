#include "codeeditor.h"

#include "pythonhighlighter.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

namespace {

constexpr int kIndent = 4;

// Where each part of the gutter is, left to right: the arrow of the line that ran, the
// line numbers (the error's on a red badge), the bar of the tasks at a line.
struct GutterGeometry {
    int arrowLeft = 0, arrowWidth = 0;
    int numbersLeft = 0, numbersWidth = 0;
    int barLeft = 0, barWidth = 0;
    int width = 0;
};

GutterGeometry gutterGeometry(const QFontMetrics& metrics, int blockCount)
{
    int digits = 2;
    for (int n = std::max(1, blockCount); n >= 100; n /= 10)
        ++digits;
    GutterGeometry g;
    g.arrowLeft = 3;
    g.arrowWidth = std::max(7, metrics.height() / 2);
    g.numbersLeft = g.arrowLeft + g.arrowWidth + 2;
    g.numbersWidth = metrics.horizontalAdvance(QLatin1Char('9')) * digits + 8;
    g.barLeft = g.numbersLeft + g.numbersWidth + 3;
    g.barWidth = 4;
    g.width = g.barLeft + g.barWidth + 4;
    return g;
}

QColor mix(const QColor& from, const QColor& to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

double luminance(const QColor& color)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A task's colour made dark or light enough to read as small text on the background
// (the lanes' yellow is too pale on white).
QColor readableOn(QColor color, const QColor& background)
{
    const bool darkBackground = luminance(background) < 0.2;
    for (int i = 0; i < 12 && contrast(color, background) < 4.0; ++i)
        color = darkBackground ? color.lighter(112) : color.darker(115);
    return color;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// How far the token at `start` goes (exclusive), for the error's underline: a name or a
// number, a string on the line, a run of operator characters, or one bracket.
int tokenEnd(const QString& text, int start)
{
    const int length = int(text.size());
    const QChar c = text.at(start);
    int end = start + 1;
    if (isWordChar(c)) {
        while (end < length && (isWordChar(text.at(end)) || (c.isDigit() && text.at(end) == u'.')))
            ++end;
    } else if (c == u'\'' || c == u'"') {
        while (end < length && text.at(end) != c)
            end += text.at(end) == u'\\' ? 2 : 1;
        end = std::min(end + 1, length);
    } else if (QStringLiteral("+-*/%@&|^~<>=!:.").contains(c)) {
        while (end < length && QStringLiteral("+-*/%@&|^~<>=!").contains(text.at(end)))
            ++end;
    }
    return end;
}

int leadingSpaces(const QString& text)
{
    int count = 0;
    while (count < text.size() && (text.at(count) == u' ' || text.at(count) == u'\t'))
        ++count;
    return count;
}

int trimmedEnd(const QString& text)
{
    int end = int(text.size());
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return end;
}

} // namespace

// The line-number gutter: a plain child the editor paints (its margins leave room).
class CodeEditor::Gutter : public QWidget {
public:
    explicit Gutter(CodeEditor* editor) : QWidget(editor), editor_(editor) {}

    QSize sizeHint() const override { return QSize(editor_->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent* event) override { editor_->paintGutter(event); }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = editor_->gutterToolTip(help->pos().y());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor* editor_;
};

CodeEditor::CodeEditor(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this))
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(fixed).fixedPitch()) {
        fixed = QFont(QStringLiteral("DejaVu Sans Mono"), fixed.pointSize() > 0 ? fixed.pointSize() : 10);
        fixed.setStyleHint(QFont::TypeWriter);
    }
    setFont(fixed);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(QLatin1Char(' ')) * kIndent);
    setAccessibleName(tr("Program"));
    updateAnnotationFont();

    highlighter_ = new PythonHighlighter(document());
    textEndSentinel_ = QTextCursor(document());
    textEndSentinel_.setKeepPositionOnInsert(true);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    connect(document(), &QTextDocument::contentsChange, this, &CodeEditor::contentsChanged);

    dark_ = palette().color(QPalette::Base).lightness() < 128;
    highlighter_->setDark(dark_);
    updateColors();
    updateGutterWidth();
    updateExtraSelections();
}

CodeEditor::~CodeEditor() = default;

// ---- markers ----------------------------------------------------------------------------

void CodeEditor::setTaskMarkers(const QList<TaskLineMarker>& markers)
{
    markers_.clear();
    markers_.reserve(markers.size());
    for (const TaskLineMarker& marker : markers) {
        const QTextBlock block = blockOfLine(marker.line);
        if (!block.isValid())
            continue;
        QTextCursor where(block);
        markers_.append({where, marker});
    }
    // Grouped by line, the order given kept within a line.
    std::stable_sort(markers_.begin(), markers_.end(), [](const PlacedMarker& a, const PlacedMarker& b) {
        return a.where.blockNumber() < b.where.blockNumber();
    });
    refreshMarkers();
}

void CodeEditor::setError(int line, int column, const QString& message, int length)
{
    hasError_ = true;
    errorMessage_ = message.simplified();
    errorRange_ = QTextCursor();
    const int lastLine = document()->blockCount();
    const QTextBlock block = line > 0 ? blockOfLine(std::min(line, lastLine)) : QTextBlock();
    if (block.isValid()) {
        const QString text = block.text();
        const int end = trimmedEnd(text);
        int from = 0, to = 0;
        if (column <= 0 || end == 0) {
            from = std::min(leadingSpaces(text), end);
            to = end;
        } else if (column - 1 >= end) {
            // Past the line's code (CPython's caret after the last token): its last character.
            from = end - 1;
            to = end;
        } else {
            from = column - 1;
            if (length > 0)
                to = std::min(from + length, int(text.size()));
            else if (text.at(from).isSpace())
                to = end;
            else
                to = tokenEnd(text, from);
        }
        errorRange_ = QTextCursor(block);
        errorRange_.setPosition(block.position() + from);
        errorRange_.setPosition(block.position() + to, QTextCursor::KeepAnchor);
    }
    refreshMarkers();
}

void CodeEditor::clearError()
{
    if (!hasError_)
        return;
    hasError_ = false;
    errorMessage_.clear();
    errorRange_ = QTextCursor();
    refreshMarkers();
}

int CodeEditor::errorLine() const
{
    if (!hasError_ || errorRange_.isNull())
        return 0;
    return document()->findBlock(errorRange_.selectionStart()).blockNumber() + 1;
}

void CodeEditor::setExecutionLine(int line)
{
    const QTextBlock block = blockOfLine(line);
    if (block.isValid() ? (!execution_.isNull() && execution_.block() == block) : execution_.isNull())
        return;
    execution_ = block.isValid() ? QTextCursor(block) : QTextCursor();
    refreshMarkers();
}

int CodeEditor::executionLine() const
{
    return execution_.isNull() ? 0 : execution_.blockNumber() + 1;
}

void CodeEditor::revealLine(int line)
{
    const QTextBlock block = blockOfLine(line);
    if (!block.isValid())
        return;
    // The vertical scroll bar counts lines (one a block, as lines do not wrap).
    QScrollBar* bar = verticalScrollBar();
    const int target = block.firstLineNumber();
    const int first = bar->value();
    const int lineHeight = std::max(1, int(std::lround(lineBox(block).height())));
    const int visible = std::max(1, viewport()->height() / lineHeight);
    if (target >= first && target < first + visible)
        return;
    constexpr int kNear = 3; // closer than this: scroll by as little as shows it
    if (target < first && first - target <= kNear)
        bar->setValue(std::max(0, target - 1));
    else if (target >= first + visible && target - (first + visible) < kNear)
        bar->setValue(target - visible + 2);
    else
        bar->setValue(target - visible / 2);
}

// ---- theme ------------------------------------------------------------------------------

void CodeEditor::setDark(bool dark)
{
    if (dark == dark_)
        return;
    dark_ = dark;
    highlighter_->setDark(dark);
    updateColors();
    refreshMarkers();
}

void CodeEditor::updateColors()
{
    const QPalette& colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    Colors c;
    c.gutterBackground = mix(base, text, dark_ ? 0.04 : 0.025);
    c.gutterText = mix(base, text, 0.45);
    c.gutterCurrentText = text;
    c.gutterSeparator = mix(base, text, 0.12);
    c.currentLine = mix(base, text, dark_ ? 0.06 : 0.04);
    if (dark_) {
        c.execution = QColor(0xFF, 0xC8, 0x3D, 0x26);
        c.executionArrow = QColor(0xFF, 0xC8, 0x3D);
        c.error = QColor(0xFF, 0x6B, 0x68);
        c.errorBadge = QColor(0xC6, 0x3C, 0x3A); // white digits stay readable on it
        c.taskTintAlpha = 0x2A;
        c.runningTintAlpha = 0x55;
    } else {
        c.execution = QColor(0xFF, 0xC1, 0x07, 0x38);
        c.executionArrow = QColor(0xD9, 0x8C, 0x00);
        c.error = QColor(0xD3, 0x2F, 0x2F);
        c.errorBadge = c.error;
        c.taskTintAlpha = 0x1E;
        c.runningTintAlpha = 0x40;
    }
    c.errorTint = c.error;
    c.errorTint.setAlpha(dark_ ? 0x24 : 0x16);
    c.errorText = c.error;
    colors_ = c;
}

void CodeEditor::updateAnnotationFont()
{
    annotationFont_ = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const qreal size = font().pointSizeF() > 0 ? font().pointSizeF() : 10;
    annotationFont_.setPointSizeF(std::max(7.0, size * 0.85));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        if (dark != dark_) {
            setDark(dark);
        } else {
            updateColors();
            refreshMarkers();
        }
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * kIndent);
        updateAnnotationFont();
        updateGutterWidth();
    }
}

// ---- what follows the text --------------------------------------------------------------

void CodeEditor::contentsChanged(int position, int removed, int added)
{
    Q_UNUSED(added);
    const int previousLength = textLength_;
    textLength_ = document()->characterCount() - 1;
    if (textEndSentinel_.position() != 0)
        return;
    // All the text went at once (a file opened, everything selected and replaced): what
    // the markers pointed at is gone. A re-colouring touches no cursor and lands not here.
    if (previousLength > 0 && position == 0 && removed >= previousLength) {
        markers_.clear();
        execution_ = QTextCursor();
        hasError_ = false;
        errorMessage_.clear();
        errorRange_ = QTextCursor();
        refreshMarkers();
    }
    textEndSentinel_.movePosition(QTextCursor::End);
}

void CodeEditor::refreshMarkers()
{
    updateExtraSelections();
    gutter_->update();
    viewport()->update();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto fullLine = [](const QTextCursor& where, const QColor& color) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = where;
        selection.cursor.clearSelection();
        return selection;
    };
    if (!isReadOnly())
        selections.append(fullLine(textCursor(), colors_.currentLine));
    // One tint a line: the running task's colour if it is there, else the first task's.
    for (qsizetype i = 0; i < markers_.size();) {
        const int block = markers_[i].where.blockNumber();
        qsizetype chosen = i, j = i;
        for (; j < markers_.size() && markers_[j].where.blockNumber() == block; ++j) {
            if (markers_[j].marker.running && !markers_[chosen].marker.running)
                chosen = j;
        }
        QColor tint = markers_[chosen].marker.color;
        tint.setAlpha(markers_[chosen].marker.running ? colors_.runningTintAlpha : colors_.taskTintAlpha);
        selections.append(fullLine(markers_[chosen].where, tint));
        i = j;
    }
    // Translucent, over a task's tint: both stay visible.
    if (!execution_.isNull())
        selections.append(fullLine(execution_, colors_.execution));
    // The wavy underline is painted (paintAnnotations): Qt's own is a faint dotted line.
    if (hasError_ && !errorRange_.isNull())
        selections.append(fullLine(errorRange_, colors_.errorTint));
    setExtraSelections(selections);
}

void CodeEditor::paintEvent(QPaintEvent* event)
{
    QPlainTextEdit::paintEvent(event);
    if (markers_.isEmpty() && execution_.isNull() && !(hasError_ && !errorRange_.isNull()))
        return;
    QPainter painter(viewport());
    paintAnnotations(painter, event->rect());
}

QColor CodeEditor::lineBackground(const QTextBlock& block, qsizetype firstMarker, qsizetype endMarker) const
{
    // As the extra selections lay their translucent backgrounds, in the same order.
    const auto over = [](const QColor& below, const QColor& above) { return mix(below, above, above.alphaF()); };
    QColor background = palette().color(QPalette::Base);
    if (!isReadOnly() && textCursor().block() == block)
        background = over(background, colors_.currentLine);
    if (endMarker > firstMarker) {
        const TaskLineMarker* shown = &markers_[firstMarker].marker;
        for (qsizetype i = firstMarker; i < endMarker; ++i) {
            if (markers_[i].marker.running)
                shown = &markers_[i].marker;
        }
        QColor tint = shown->color;
        tint.setAlpha(shown->running ? colors_.runningTintAlpha : colors_.taskTintAlpha);
        background = over(background, tint);
    }
    if (!execution_.isNull() && execution_.block() == block)
        background = over(background, colors_.execution);
    if (block.blockNumber() == errorLine() - 1)
        background = over(background, colors_.errorTint);
    return background;
}

void CodeEditor::paintAnnotations(QPainter& painter, const QRect& area)
{
    const QColor muted = mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.5);
    const QFontMetricsF metrics(annotationFont_);
    QFont bold = annotationFont_;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const qreal gap = QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 3;
    const qreal right = viewport()->width() - 6;
    const QString separator = QStringLiteral(", ");
    const int errorBlock = errorLine() - 1;
    const QTextBlock executionBlock = execution_.isNull() ? QTextBlock() : execution_.block();

    qsizetype nextMarker = 0;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = lineBox(block);
        if (box.top() > area.bottom())
            break;
        const int number = block.blockNumber();
        while (nextMarker < markers_.size() && markers_[nextMarker].where.blockNumber() < number)
            ++nextMarker;
        qsizetype endMarker = nextMarker;
        while (endMarker < markers_.size() && markers_[endMarker].where.blockNumber() == number)
            ++endMarker;
        const bool isError = number == errorBlock;
        const bool isExecution = block == executionBlock;
        if (!block.isVisible() || box.bottom() < area.top() || (endMarker == nextMarker && !isError && !isExecution))
            continue;

        if (isExecution) {
            // A frame as well as a fill: the line that ran stands out over any tint.
            painter.setPen(QPen(colors_.executionArrow, 1));
            painter.drawLine(QPointF(0, box.top() + 0.5), QPointF(viewport()->width(), box.top() + 0.5));
            painter.drawLine(QPointF(0, box.bottom() - 0.5), QPointF(viewport()->width(), box.bottom() - 0.5));
        }
        const QColor background = lineBackground(block, nextMarker, endMarker);
        const qreal baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
        qreal x = textEnd(block) + gap;
        for (qsizetype i = nextMarker; i < endMarker; ++i) {
            const TaskLineMarker& marker = markers_[i].marker;
            const qreal width = (marker.running ? boldMetrics : metrics).horizontalAdvance(marker.label);
            const QString more = QStringLiteral("+%1").arg(endMarker - i);
            if (x + width > right - (i + 1 < endMarker ? metrics.horizontalAdvance(more) : 0)) {
                painter.setFont(annotationFont_);
                painter.setPen(muted);
                painter.drawText(QPointF(x, baseline), more);
                x += metrics.horizontalAdvance(more);
                break;
            }
            painter.setFont(marker.running ? bold : annotationFont_);
            painter.setPen(readableOn(marker.color, background));
            painter.drawText(QPointF(x, baseline), marker.label);
            x += width;
            if (i + 1 < endMarker) {
                painter.setFont(annotationFont_);
                painter.setPen(muted);
                painter.drawText(QPointF(x, baseline), separator);
                x += metrics.horizontalAdvance(separator);
            }
        }
        if (!isError)
            continue;
        paintErrorUnderline(painter, block, box);
        if (endMarker > nextMarker)
            x += gap;
        const qreal room = right - x;
        if (room < metrics.averageCharWidth() * 6)
            continue;
        painter.setFont(annotationFont_);
        painter.setPen(readableOn(colors_.errorText, background));
        painter.drawText(QPointF(x, baseline), metrics.elidedText(errorMessage_, Qt::ElideRight, room));
    }
}

void CodeEditor::paintErrorUnderline(QPainter& painter, const QTextBlock& block, const QRectF& box)
{
    const QTextLayout* layout = block.layout();
    const int length = block.length() - 1;
    const int from = std::clamp(errorRange_.selectionStart() - block.position(), 0, length);
    const int to = std::clamp(errorRange_.selectionEnd() - block.position(), 0, length);
    if (!layout || layout->lineCount() == 0 || to <= from)
        return;
    const QTextLine line = layout->lineForTextPosition(from);
    const qreal origin = contentOffset().x() + layout->position().x();
    const qreal left = origin + line.cursorToX(from);
    const qreal right = std::max(left + 4, origin + line.cursorToX(to));
    // In the descent, below the baseline, where an underline goes.
    const qreal middle = box.top() + line.ascent() + std::max(1.5, line.descent() * 0.55);
    constexpr qreal kAmplitude = 1.5, kStep = 2.5;
    QPainterPath wave;
    wave.moveTo(left, middle);
    int i = 0;
    for (qreal x = left + kStep; x < right + kStep; x += kStep, ++i)
        wave.lineTo(std::min(x, right), middle + ((i % 2) ? kAmplitude : -kAmplitude));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colors_.error, 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(wave);
    painter.restore();
}

bool CodeEditor::viewportEvent(QEvent* event)
{
    // The whole message, when the one after the line was cut short.
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = gutterToolTip(help->pos().y());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

QString CodeEditor::gutterToolTip(int y) const
{
    const QTextBlock block = cursorForPosition(QPoint(0, y)).block();
    if (!block.isValid() || !lineBox(block).contains(QPointF(lineBox(block).left(), y)))
        return {};
    QStringList parts;
    if (hasError_ && !errorRange_.isNull() && block.blockNumber() == errorLine() - 1)
        parts.append(errorMessage_);
    QStringList tasks;
    for (const PlacedMarker& placed : markers_) {
        if (placed.where.block() == block)
            tasks.append(placed.marker.label);
    }
    if (!tasks.isEmpty())
        parts.append(tasks.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char('\n'));
}

// ---- the gutter -------------------------------------------------------------------------

int CodeEditor::gutterWidth() const
{
    return gutterGeometry(fontMetrics(), blockCount()).width;
}

void CodeEditor::updateGutterWidth()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect contents = contentsRect();
    gutter_->setGeometry(QRect(contents.left(), contents.top(), width, contents.height()));
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        gutter_->scroll(0, dy);
    else
        gutter_->update(0, rect.y(), gutter_->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void CodeEditor::paintGutter(QPaintEvent* event)
{
    QPainter painter(gutter_);
    const GutterGeometry g = gutterGeometry(fontMetrics(), blockCount());
    painter.fillRect(event->rect(), colors_.gutterBackground);
    painter.setPen(colors_.gutterSeparator);
    painter.drawLine(g.width - 1, event->rect().top(), g.width - 1, event->rect().bottom());
    painter.setRenderHint(QPainter::Antialiasing);

    const int currentBlock = textCursor().blockNumber();
    const int errorBlock = errorLine() - 1;
    const int executionBlock = executionLine() - 1;
    QFont boldFont = font();
    boldFont.setBold(true);
    qsizetype nextMarker = 0;

    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = lineBox(block);
        if (box.top() > event->rect().bottom())
            break;
        const int number = block.blockNumber();
        while (nextMarker < markers_.size() && markers_[nextMarker].where.blockNumber() < number)
            ++nextMarker;
        if (!block.isVisible() || box.bottom() < event->rect().top())
            continue;

        const QRectF numbers(g.numbersLeft, box.top(), g.numbersWidth, box.height());
        if (number == errorBlock) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors_.errorBadge);
            painter.drawRoundedRect(numbers.adjusted(1, 1, -1, -1), 3, 3);
            painter.setPen(QColor(Qt::white));
            painter.setFont(boldFont);
        } else {
            painter.setPen(number == currentBlock ? colors_.gutterCurrentText : colors_.gutterText);
            painter.setFont(font());
        }
        painter.drawText(numbers.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(number + 1));

        // The tasks at this line, one stripe each, stacked in the bar.
        qsizetype end = nextMarker;
        while (end < markers_.size() && markers_[end].where.blockNumber() == number)
            ++end;
        if (end > nextMarker) {
            const qreal stripe = (box.height() - 2) / qreal(end - nextMarker);
            painter.setPen(Qt::NoPen);
            for (qsizetype i = nextMarker; i < end; ++i) {
                painter.setBrush(markers_[i].marker.color);
                const qreal top = box.top() + 1 + stripe * qreal(i - nextMarker);
                painter.drawRect(QRectF(g.barLeft, top, g.barWidth, stripe));
            }
        }

        if (number == executionBlock) {
            const qreal middle = box.center().y();
            const qreal half = std::min(qreal(g.arrowWidth), box.height() - 4) / 2;
            QPainterPath arrow;
            arrow.moveTo(g.arrowLeft, middle - half);
            arrow.lineTo(g.arrowLeft + g.arrowWidth, middle);
            arrow.lineTo(g.arrowLeft, middle + half);
            arrow.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors_.executionArrow);
            painter.drawPath(arrow);
        }
    }
}

// ---- geometry ---------------------------------------------------------------------------

QTextBlock CodeEditor::blockOfLine(int line) const
{
    return line > 0 ? document()->findBlockByNumber(line - 1) : QTextBlock();
}

QRectF CodeEditor::lineBox(const QTextBlock& block) const
{
    // blockBoundingGeometry lays the block out first if it has not been yet.
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return geometry;
    const QTextLine line = layout->lineAt(0);
    return QRectF(geometry.left(), geometry.top() + layout->position().y() + line.y(), geometry.width(),
                  line.height());
}

qreal CodeEditor::textEnd(const QTextBlock& block) const
{
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return contentOffset().x() + document()->documentMargin();
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    return contentOffset().x() + layout->position().x() + line.x() + line.naturalTextWidth();
}

QRect CodeEditor::lineRect(int line) const
{
    const QTextBlock block = blockOfLine(line);
    if (!block.isValid() || !block.isVisible())
        return {};
    const QRectF box = lineBox(block);
    const QRect result(0, viewport()->y() + int(std::floor(box.top())), width(), int(std::ceil(box.height())));
    return result.intersects(viewport()->geometry()) ? result : QRect();
}

// ---- typing -----------------------------------------------------------------------------

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    if (!isReadOnly()) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        switch (event->key()) {
        case Qt::Key_Tab:
            if (modifiers == Qt::NoModifier) {
                indentSelection();
                return;
            }
            break;
        case Qt::Key_Backtab: // Shift+Tab
            if ((modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
                dedentSelection();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Shift+Enter too: a line separator inside a block means nothing to Python.
            if ((modifiers & ~Qt::ShiftModifier) == Qt::NoModifier && insertNewline())
                return;
            break;
        case Qt::Key_Backspace:
            if (modifiers == Qt::NoModifier && deleteIndentBackward())
                return;
            break;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::insertNewline()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QString text = cursor.block().text();
    const int column = cursor.positionInBlock();
    QString indent = text.left(std::min(leadingSpaces(text), column));
    if (PythonHighlighter::endsWithColon(QStringView(text).left(column)))
        indent += QString(kIndent, QLatin1Char(' '));
    // The blanks after the cursor would only push the moved text past its indentation.
    while (!cursor.atBlockEnd() && text.at(cursor.positionInBlock()) == u' ')
        cursor.deleteChar();
    cursor.insertText(QLatin1Char('\n') + indent);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void CodeEditor::indentSelection()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        // Spaces to the next multiple of four.
        cursor.insertText(QString(kIndent - cursor.positionInBlock() % kIndent, QLatin1Char(' ')));
        setTextCursor(cursor);
        return;
    }
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection that ends at a line's start leaves that line alone.
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor edit(block);
        edit.insertText(QString(kIndent, QLatin1Char(' ')));
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void CodeEditor::dedentSelection()
{
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        int remove = 0;
        if (text.startsWith(QLatin1Char('\t')))
            remove = 1;
        else
            while (remove < kIndent && remove < text.size() && text.at(remove) == u' ')
                ++remove;
        if (remove > 0) {
            QTextCursor edit(block);
            edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

bool CodeEditor::deleteIndentBackward()
{
    // In the indentation, Backspace goes back to the previous multiple of four.
    QTextCursor cursor = textCursor();
    const int column = cursor.positionInBlock();
    if (cursor.hasSelection() || column == 0)
        return false;
    const QString before = cursor.block().text().left(column);
    if (before.count(QLatin1Char(' ')) != column)
        return false;
    const int remove = (column - 1) % kIndent + 1;
    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, remove);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    return true;
}

} // namespace loopscope::ui
