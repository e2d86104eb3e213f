// The code view: the learner's Python with line numbers, and over it what the timeline's
// cursor shows: where each task is, the line that ran, where the last run failed.
// Markers are views only (painting and extra selections): they never change the document
// or its undo stack, and they ride along with the text as the learner edits; a document
// replaced as a whole (a file opened) drops them, the error included.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPlainTextEdit>
#include <QString>
#include <QTextCursor>

namespace loopscope::ui {

class PythonHighlighter;

// A task at the timeline's cursor and the line of the program it is at.
struct TaskLineMarker {
    int line = 0;         // 1-based
    QColor color;         // the task's own colour (its lane's)
    QString label;        // its name, "Task-2"
    bool running = false; // the task the loop runs at the cursor
};

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    // Where the tasks are: a bar in the gutter, a tint behind the line (stronger for the
    // running task) and the names after the line's text, each in its task's colour.
    void setTaskMarkers(const QList<TaskLineMarker>& markers);
    int taskMarkerCount() const { return int(markers_.size()); }

    // Where the last run failed (1-based line; 1-based column, 0 for the whole line;
    // `length` characters, 0 for the token at the column): a red wavy underline, a red
    // mark in the gutter and the message after the line's text. It stays while other
    // lines are edited, until cleared. A line of 0 keeps the message with no place.
    void setError(int line, int column, const QString& message, int length = 0);
    void clearError();
    bool hasError() const { return hasError_; }
    QString errorMessage() const { return errorMessage_; }
    // The underlined span (follows edits); null without an error or with no line.
    QTextCursor errorRange() const { return hasError_ ? errorRange_ : QTextCursor(); }
    // The line the error is on now (it moves with the text above it); 0 for none.
    int errorLine() const;

    // The line of the event at the timeline's cursor (0: none): a stronger highlight and
    // an arrow in the gutter.
    void setExecutionLine(int line);
    int executionLine() const;
    // Scrolls so the 1-based line is visible, centred when it was far off screen; the
    // text cursor stays where the learner left it.
    void revealLine(int line);

    // Colours for a dark background (the highlighter's too). Follows palette changes.
    void setDark(bool dark);
    bool isDark() const { return dark_; }

    PythonHighlighter* highlighter() const { return highlighter_; }
    int gutterWidth() const;
    // Where a 1-based line is drawn, in the editor's own coordinates (gutter included);
    // empty when it is not on screen.
    QRect lineRect(int line) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    class Gutter;
    struct PlacedMarker {
        QTextCursor where; // in the marker's block; moves with edits above it
        TaskLineMarker marker;
    };
    // The colours markers, gutter and line highlights are drawn with.
    struct Colors {
        QColor gutterBackground, gutterText, gutterCurrentText, gutterSeparator;
        QColor currentLine, execution, executionArrow, error, errorBadge, errorTint, errorText;
        int taskTintAlpha = 0, runningTintAlpha = 0;
    };

    void paintGutter(QPaintEvent* event);
    void paintAnnotations(QPainter& painter, const QRect& area);
    // The colour behind a line's text, its tints laid over the base (for readable labels).
    void paintErrorUnderline(QPainter& painter, const QTextBlock& block, const QRectF& box);
    QColor lineBackground(const QTextBlock& block, qsizetype firstMarker, qsizetype endMarker) const;
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void updateExtraSelections();
    void refreshMarkers(); // the selections, the gutter and the painted text again
    void updateColors();
    void updateAnnotationFont();
    // The error message and task names of the line at `y` (viewport and gutter share it).
    QString gutterToolTip(int y) const;
    void contentsChanged(int position, int removed, int added);

    QTextBlock blockOfLine(int line) const;
    // A block's text end in viewport coordinates (x) and its first line's box.
    QRectF lineBox(const QTextBlock& block) const;
    qreal textEnd(const QTextBlock& block) const;

    bool insertNewline();
    void indentSelection();
    void dedentSelection();
    bool deleteIndentBackward();

    Gutter* gutter_ = nullptr;
    PythonHighlighter* highlighter_ = nullptr;
    bool dark_ = false;
    Colors colors_;
    QFont annotationFont_; // task names and the error message after a line's text

    QList<PlacedMarker> markers_;
    QTextCursor execution_;  // null: none
    QTextCursor errorRange_; // the underlined span; null when the error has no line
    QString errorMessage_;
    bool hasError_ = false;
    // Tells a document replaced as a whole (a file opened) from an edit or a re-colouring:
    // it keeps its place on insertion, so only removing all the text brings it to 0.
    QTextCursor textEndSentinel_;
    int textLength_ = 0;
};

} // namespace loopscope::ui
