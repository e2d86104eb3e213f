#include "outputview.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>

namespace loopscope::ui {

using trace::EventId;
using trace::kNoEvent;

OutputView::OutputView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("What the program prints up to the cursor appears here."));
    setAccessibleName(tr("Program output"));
}

void OutputView::setTrace(std::shared_ptr<const trace::Trace> trace)
{
    trace_ = std::move(trace);
    prints_.clear();
    if (trace_) {
        const auto& events = trace_->events();
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (events[i].kind == trace::EventKind::Print)
                prints_.push_back(EventId(i));
        }
    }
    clear();
    starts_.clear();
    setCursor(cursor_);
}

void OutputView::setCursor(EventId event)
{
    cursor_ = event;
    std::size_t count = 0;
    if (event != kNoEvent)
        count = std::size_t(std::upper_bound(prints_.begin(), prints_.end(), event) - prints_.begin());
    showPrints(count);
}

void OutputView::showPrints(std::size_t count)
{
    if (count == starts_.size())
        return;
    QTextCursor cursor(document());
    if (count < starts_.size()) {
        cursor.setPosition(starts_[count]);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        starts_.resize(count);
    } else {
        QTextCharFormat out;
        out.setForeground(palette().text());
        QTextCharFormat err;
        err.setForeground(QColor(0xD5, 0x5E, 0x00));
        cursor.movePosition(QTextCursor::End);
        cursor.beginEditBlock();
        // One insertion per run of prints to the same stream: a long output jumps in
        // at once.
        QString run;
        bool runIsError = false;
        int position = cursor.position();
        for (std::size_t i = starts_.size(); i < count; ++i) {
            const trace::Event& print = trace_->event(prints_[i]);
            const bool isError = print.sub == std::uint8_t(trace::Stream::Stderr);
            if (isError != runIsError && !run.isEmpty()) {
                cursor.insertText(run, runIsError ? err : out);
                run.clear();
            }
            runIsError = isError;
            const std::string_view bytes = trace_->printed(print);
            const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            starts_.push_back(position);
            position += int(text.size());
            run += text;
        }
        if (!run.isEmpty())
            cursor.insertText(run, runIsError ? err : out);
        cursor.endEditBlock();
    }
    // Follow the newest output.
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    setTextCursor(end);
    ensureCursorVisible();
}

void OutputView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void OutputView::restyle()
{
    // Colours come from the palette at insertion: redraw the shown part in the new one.
    const std::size_t shown = starts_.size();
    clear();
    starts_.clear();
    showPrints(shown);
}

} // namespace loopscope::ui
