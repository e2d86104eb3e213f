// The code view as a learner meets it: Python coloured by what each word is, strings
// across lines, indentation kept on Enter, markers and the error drawn where they belong
// (found in the pixels) without ever touching the text or its undo history.
#include "codeeditor.h"
#include "pythonhighlighter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace loopscope;
using ui::CodeEditor;
using ui::PythonHighlighter;
using ui::TaskLineMarker;
using Role = PythonHighlighter::Role;

namespace {

const QString kProgram = QStringLiteral(R"(import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"

async def main():
    results = await asyncio.gather(worker("a", 1), worker("b", 2))
    print(results)

asyncio.run(main())
)");

// The format the highlighter gave the character at `column` of `block` (a default one
// where it gave none).
QTextCharFormat formatAt(const QTextBlock& block, int column)
{
    QTextCharFormat found;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            found = range.format;
    }
    return found;
}

bool sameLook(const QTextCharFormat& a, const QTextCharFormat& b)
{
    return a.foreground() == b.foreground() && a.fontItalic() == b.fontItalic() && a.fontWeight() == b.fontWeight();
}

// Pixels of `image` in `area` close to `color`.
int countNear(const QImage& image, const QRect& area, const QColor& color, int tolerance = 40)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

// Pixels of `image` in `area` of the hue of `color`, and saturated: text or a mark in
// that colour, not a pale tint of it.
int countHue(const QImage& image, const QRect& area, const QColor& color)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const int distance = std::abs(pixel.hsvHue() - color.hsvHue());
            if (pixel.hsvSaturation() > 120 && std::min(distance, 360 - distance) <= 15)
                ++count;
        }
    }
    return count;
}

// Red as the error is drawn (strong red, little green or blue), light theme or dark.
int countRed(const QImage& image, const QRect& area)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 170 && pixel.green() < 120 && pixel.blue() < 120)
                ++count;
        }
    }
    return count;
}

QImage grabbed(CodeEditor& editor)
{
    return editor.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The row of a line, in the picture, beside the gutter or in it.
QRect textRow(const CodeEditor& editor, int line)
{
    const QRect row = editor.lineRect(line);
    return QRect(editor.gutterWidth() + 2, row.top(), row.width() - editor.gutterWidth() - 2, row.height());
}

QRect gutterRow(const CodeEditor& editor, int line)
{
    const QRect row = editor.lineRect(line);
    return QRect(0, row.top(), editor.gutterWidth(), row.height());
}

} // namespace

class tst_CodeEditor : public QObject {
    Q_OBJECT

private slots:
    void highlighting_data();
    void highlighting();
    void tripleQuotedStringSpansLines();
    void darkThemeChangesColours();
    void enterKeepsIndentation_data();
    void enterKeepsIndentation();
    void tabInsertsSpacesAndShiftTabDedents();
    void backspaceRemovesOneIndent();
    void errorIsDrawnInRedAndFollowsEdits();
    void errorTokenAndWholeLine();
    void taskMarkersPaintTheTaskColour();
    void executionLineHasAnArrow();
    void markersLeaveTheDocumentAlone();
    void replacingTheDocumentDropsMarkers();
    void revealLineScrollsWithoutMovingTheCursor();
    void largeFileHighlightsQuickly();
};

// ---- colouring --------------------------------------------------------------------------

void tst_CodeEditor::highlighting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("word"); // the first occurrence is looked at
    QTest::addColumn<int>("role");     // -1: no colour of its own

    const int plain = -1;
    QTest::newRow("async") << QStringLiteral("async def fetch(name):") << QStringLiteral("async") << int(Role::Keyword);
    QTest::newRow("def") << QStringLiteral("async def fetch(name):") << QStringLiteral("def") << int(Role::Keyword);
    QTest::newRow("def name") << QStringLiteral("async def fetch(name):") << QStringLiteral("fetch") << int(Role::Definition);
    QTest::newRow("class name") << QStringLiteral("class Worker(Base):") << QStringLiteral("Worker") << int(Role::Definition);
    QTest::newRow("parameter") << QStringLiteral("async def fetch(name):") << QStringLiteral("name") << plain;
    QTest::newRow("await") << QStringLiteral("    await asyncio.sleep(1)") << QStringLiteral("await") << int(Role::Keyword);
    QTest::newRow("asyncio is a name") << QStringLiteral("    await asyncio.sleep(1)") << QStringLiteral("asyncio") << plain;
    QTest::newRow("sleep is a name") << QStringLiteral("    await asyncio.sleep(1)") << QStringLiteral("sleep") << plain;
    QTest::newRow("builtin") << QStringLiteral("print(len(items))") << QStringLiteral("print") << int(Role::Builtin);
    QTest::newRow("builtin inside") << QStringLiteral("print(len(items))") << QStringLiteral("len") << int(Role::Builtin);
    QTest::newRow("attribute not builtin") << QStringLiteral("self.print = 1") << QStringLiteral("print") << plain;
    QTest::newRow("self") << QStringLiteral("self.print = 1") << QStringLiteral("self") << int(Role::Self);
    QTest::newRow("constant") << QStringLiteral("x = None") << QStringLiteral("None") << int(Role::Keyword);
    QTest::newRow("comment") << QStringLiteral("x = 1  # def print") << QStringLiteral("# def") << int(Role::Comment);
    QTest::newRow("keyword in comment") << QStringLiteral("x = 1  # def print") << QStringLiteral("def") << int(Role::Comment);
    QTest::newRow("string") << QStringLiteral("s = 'def # x'") << QStringLiteral("def") << int(Role::String);
    QTest::newRow("hash in string") << QStringLiteral("s = \"a # b\"") << QStringLiteral("# b") << int(Role::String);
    QTest::newRow("escaped quote") << QStringLiteral("s = 'it\\'s' + len") << QStringLiteral("s'") << int(Role::String);
    QTest::newRow("after escaped quote") << QStringLiteral("s = 'it\\'s' + len") << QStringLiteral("len") << int(Role::Builtin);
    QTest::newRow("raw bytes prefix") << QStringLiteral("p = rb'\\d+'") << QStringLiteral("rb") << int(Role::String);
    QTest::newRow("f-string text") << QStringLiteral("f\"Task {id} done\"") << QStringLiteral("Task") << int(Role::String);
    QTest::newRow("f-string field") << QStringLiteral("f\"Task {id} done\"") << QStringLiteral("id") << plain;
    QTest::newRow("f-string after field") << QStringLiteral("f\"Task {id} done\"") << QStringLiteral("done") << int(Role::String);
    QTest::newRow("f-string braces") << QStringLiteral("f\"{{id}}\"") << QStringLiteral("id") << int(Role::String);
    QTest::newRow("hex") << QStringLiteral("x = 0x_FF + 1") << QStringLiteral("_FF") << int(Role::Number);
    QTest::newRow("underscores") << QStringLiteral("x = 1_000_000") << QStringLiteral("000") << int(Role::Number);
    QTest::newRow("float exponent") << QStringLiteral("x = 1.5e-3") << QStringLiteral("e-3") << int(Role::Number);
    QTest::newRow("complex") << QStringLiteral("x = 2.5j") << QStringLiteral("j") << int(Role::Number);
    QTest::newRow("leading point") << QStringLiteral("x = .5") << QStringLiteral(".5") << int(Role::Number);
    QTest::newRow("digit in a name") << QStringLiteral("task2 = 3") << QStringLiteral("2") << plain;
    QTest::newRow("decorator") << QStringLiteral("@functools.cache") << QStringLiteral("cache") << int(Role::Decorator);
    QTest::newRow("decorator argument") << QStringLiteral("@retry(3)") << QStringLiteral("3") << int(Role::Number);
    QTest::newRow("matrix product") << QStringLiteral("c = a @ b") << QStringLiteral("@") << plain;
    QTest::newRow("match statement") << QStringLiteral("match command:") << QStringLiteral("match") << int(Role::Keyword);
    QTest::newRow("case statement") << QStringLiteral("    case _:") << QStringLiteral("case") << int(Role::Keyword);
    QTest::newRow("case wildcard") << QStringLiteral("    case _:") << QStringLiteral("_") << int(Role::Keyword);
    QTest::newRow("match as a name") << QStringLiteral("match = pattern.match(s)") << QStringLiteral("match") << plain;
}

void tst_CodeEditor::highlighting()
{
    QFETCH(QString, line);
    QFETCH(QString, word);
    QFETCH(int, role);

    CodeEditor editor;
    editor.setPlainText(line);
    const QTextBlock block = editor.document()->firstBlock();
    const int column = int(line.indexOf(word));
    QVERIFY(column >= 0);
    for (int i = column; i < column + word.size(); ++i) {
        const QTextCharFormat format = formatAt(block, i);
        if (role < 0) {
            QVERIFY2(!format.hasProperty(QTextFormat::ForegroundBrush),
                     qPrintable(QStringLiteral("column %1 is coloured").arg(i)));
        } else {
            QVERIFY2(sameLook(format, editor.highlighter()->format(Role(role))),
                     qPrintable(QStringLiteral("column %1 is not in the expected colour").arg(i)));
        }
    }
}

void tst_CodeEditor::tripleQuotedStringSpansLines()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("x = \"\"\"first\n"
                                       "def middle(): # not code\n"
                                       "last\"\"\" + 1\n"
                                       "y = f'''a {b}\n"
                                       "{c} d'''\n"
                                       "print(y)"));
    const PythonHighlighter* highlighter = editor.highlighter();
    const QTextCharFormat string = highlighter->format(Role::String);
    const QTextBlock first = editor.document()->firstBlock();
    const QTextBlock middle = first.next();
    const QTextBlock last = middle.next();
    QVERIFY(sameLook(formatAt(first, 5), string));
    for (int i = 0; i < middle.length() - 1; ++i)
        QVERIFY2(sameLook(formatAt(middle, i), string), qPrintable(QString::number(i)));
    QVERIFY(sameLook(formatAt(last, 0), string));
    QVERIFY(sameLook(formatAt(last, 6), string)); // the closing quotes
    QVERIFY(sameLook(formatAt(last, 10), highlighter->format(Role::Number)));

    const QTextBlock fieldLine = last.next().next();
    QVERIFY(!formatAt(fieldLine, 1).hasProperty(QTextFormat::ForegroundBrush)); // {c}: code
    QVERIFY(sameLook(formatAt(fieldLine, 4), string));                           // d
    QVERIFY(sameLook(formatAt(fieldLine.next(), 0), highlighter->format(Role::Builtin)));

    // Closing the string on the first line turns the rest back into code.
    QTextCursor cursor(first);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\"\"\""));
    QVERIFY(sameLook(formatAt(middle, 0), highlighter->format(Role::Keyword)));
    QVERIFY(sameLook(formatAt(middle, 4), highlighter->format(Role::Definition)));
}

void tst_CodeEditor::darkThemeChangesColours()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("def f(): pass"));
    const QColor light = formatAt(editor.document()->firstBlock(), 0).foreground().color();
    editor.setDark(true);
    QVERIFY(editor.isDark());
    QVERIFY(editor.highlighter()->isDark());
    const QColor dark = formatAt(editor.document()->firstBlock(), 0).foreground().color();
    QCOMPARE(dark, PythonHighlighter::Theme::dark().keyword);
    QVERIFY(light != dark);
    // Each role has its own colour or look.
    for (int a = 0; a < int(Role::Count); ++a) {
        for (int b = a + 1; b < int(Role::Count); ++b)
            QVERIFY(!sameLook(editor.highlighter()->format(Role(a)), editor.highlighter()->format(Role(b))));
    }
}

// ---- typing -----------------------------------------------------------------------------

void tst_CodeEditor::enterKeepsIndentation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("next");

    QTest::newRow("after a def") << QStringLiteral("async def f():") << QStringLiteral("    ");
    QTest::newRow("kept") << QStringLiteral("    x = 1") << QStringLiteral("    ");
    QTest::newRow("nested block") << QStringLiteral("    if x:  # when") << QStringLiteral("        ");
    QTest::newRow("colon in a string") << QStringLiteral("    s = 'a:'") << QStringLiteral("    ");
    QTest::newRow("dict literal") << QStringLiteral("d = {1:") << QStringLiteral("    ");
    QTest::newRow("top level") << QStringLiteral("x = 1") << QString();
}

void tst_CodeEditor::enterKeepsIndentation()
{
    QFETCH(QString, line);
    QFETCH(QString, next);

    CodeEditor editor;
    editor.setPlainText(line);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.document()->blockCount(), 2);
    QCOMPARE(editor.document()->lastBlock().text(), next);
    QCOMPARE(editor.textCursor().positionInBlock(), next.size());
    // One step to undo.
    editor.undo();
    QCOMPARE(editor.toPlainText(), line);
}

void tst_CodeEditor::tabInsertsSpacesAndShiftTabDedents()
{
    CodeEditor editor;
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("    "));
    QTest::keyClicks(&editor, QStringLiteral("ab"));
    QTest::keyClick(&editor, Qt::Key_Tab); // to the next multiple of four
    QCOMPARE(editor.toPlainText(), QStringLiteral("    ab  "));
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(editor.toPlainText(), QStringLiteral("ab  "));

    // Over several lines, every line moves.
    editor.setPlainText(QStringLiteral("a\n    b\nc"));
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(0);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("    a\n        b\n    c"));
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(editor.toPlainText(), QStringLiteral("a\nb\nc"));
}

void tst_CodeEditor::backspaceRemovesOneIndent()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("        x"));
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(8);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QCOMPARE(editor.toPlainText(), QStringLiteral("    x"));
    cursor.setPosition(5);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Backspace); // not in the indentation: one character
    QCOMPARE(editor.toPlainText(), QStringLiteral("    "));
}

// ---- markers ----------------------------------------------------------------------------

void tst_CodeEditor::errorIsDrawnInRedAndFollowsEdits()
{
    CodeEditor editor;
    editor.resize(700, 320);
    editor.setPlainText(kProgram);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QCOMPARE(countRed(grabbed(editor), textRow(editor, 4)), 0);
    QVERIFY(!editor.hasError());
    editor.setError(4, 11, QStringLiteral("NameError: name 'asyncio' is not defined"));
    QVERIFY(editor.hasError());
    QCOMPARE(editor.errorLine(), 4);
    QImage image = grabbed(editor);
    const int underlined = countRed(image, textRow(editor, 4));
    QVERIFY2(underlined > 60, qPrintable(QString::number(underlined))); // the wave and the message
    QVERIFY(countRed(image, gutterRow(editor, 4)) > 20);
    QCOMPARE(countRed(image, textRow(editor, 3)), 0);
    QCOMPARE(countRed(image, textRow(editor, 5)), 0);

    // Typing above moves it with its line; typing on another line keeps it.
    QTextCursor cursor(editor.document());
    cursor.insertText(QStringLiteral("# a new first line\n"));
    QCOMPARE(editor.errorLine(), 5);
    QVERIFY(editor.hasError());
    image = grabbed(editor);
    QVERIFY(countRed(image, textRow(editor, 5)) > 60);
    QCOMPARE(countRed(image, textRow(editor, 4)), 0);

    editor.clearError();
    QVERIFY(!editor.hasError());
    QCOMPARE(editor.errorLine(), 0);
    image = grabbed(editor);
    QCOMPARE(countRed(image, textRow(editor, 5)), 0);
    QCOMPARE(countRed(image, gutterRow(editor, 5)), 0);
}

void tst_CodeEditor::errorTokenAndWholeLine()
{
    CodeEditor editor;
    editor.resize(700, 320);
    editor.setPlainText(QStringLiteral("x = 1\n    value = undefined_name + 2\n"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const auto underlinedSpan = [&editor] { return editor.errorRange().selectedText(); };
    editor.setError(2, 13, QStringLiteral("NameError"));
    QCOMPARE(underlinedSpan(), QStringLiteral("undefined_name"));
    editor.setError(2, 0, QStringLiteral("stopped"));
    QCOMPARE(underlinedSpan(), QStringLiteral("value = undefined_name + 2"));
    editor.setError(2, 12, QStringLiteral("at a blank"));
    QCOMPARE(underlinedSpan(), QStringLiteral(" undefined_name + 2"));
    editor.setError(2, 13, QStringLiteral("with a length"), 16);
    QCOMPARE(underlinedSpan(), QStringLiteral("undefined_name +"));
    editor.setError(40, 1, QStringLiteral("past the end: the last line"));
    QCOMPARE(editor.errorLine(), editor.document()->blockCount());
    editor.setError(0, 0, QStringLiteral("not in this file"));
    QVERIFY(editor.hasError());
    QCOMPARE(editor.errorLine(), 0);
    QCOMPARE(underlinedSpan(), QString());
}

void tst_CodeEditor::taskMarkersPaintTheTaskColour()
{
    CodeEditor editor;
    editor.resize(700, 320);
    editor.setPlainText(kProgram);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const QColor green(0x22, 0x88, 0x33), pink(0xEE, 0x66, 0x77);
    editor.setTaskMarkers({{4, green, QStringLiteral("Task-2"), true}, {4, pink, QStringLiteral("Task-3"), false},
                           {8, QColor(0x44, 0x77, 0xAA), QStringLiteral("Task-1"), false}});
    QCOMPARE(editor.taskMarkerCount(), 3);
    const QImage image = grabbed(editor);
    QVERIFY(countNear(image, gutterRow(editor, 4), green, 10) > 4);
    QVERIFY(countNear(image, gutterRow(editor, 4), pink, 10) > 4);
    QCOMPARE(countNear(image, gutterRow(editor, 3), green, 10), 0);
    QCOMPARE(countNear(image, gutterRow(editor, 5), green, 10), 0);
    // The line is tinted (not white) beyond its text, and the names are written there
    // in the tasks' colours.
    const QRect row4 = textRow(editor, 4);
    const QRect row3 = textRow(editor, 3);
    QCOMPARE(image.pixelColor(row3.right() - 4, row3.center().y()), editor.palette().color(QPalette::Base));
    QVERIFY(image.pixelColor(row4.right() - 4, row4.center().y()) != editor.palette().color(QPalette::Base));
    QVERIFY(countHue(image, row4, green) > 10);
    QVERIFY(countHue(image, row4, pink) > 10);
    QCOMPARE(countHue(image, row3, pink), 0);

    editor.setTaskMarkers({});
    QCOMPARE(countNear(grabbed(editor), gutterRow(editor, 4), green, 10), 0);
}

void tst_CodeEditor::executionLineHasAnArrow()
{
    CodeEditor editor;
    editor.resize(700, 320);
    editor.setPlainText(kProgram);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QImage before = grabbed(editor);
    editor.setExecutionLine(8);
    QCOMPARE(editor.executionLine(), 8);
    const QImage after = grabbed(editor);
    const QRect arrow = gutterRow(editor, 8).adjusted(0, 0, -editor.gutterWidth() / 2, 0);
    QVERIFY(before.copy(arrow) != after.copy(arrow));
    const QRect text = textRow(editor, 8);
    QVERIFY(before.pixelColor(text.right() - 4, text.center().y()) != after.pixelColor(text.right() - 4, text.center().y()));
    editor.setExecutionLine(0);
    QCOMPARE(editor.executionLine(), 0);
    QCOMPARE(grabbed(editor).copy(arrow), before.copy(arrow));
}

void tst_CodeEditor::markersLeaveTheDocumentAlone()
{
    CodeEditor editor;
    editor.setPlainText(kProgram);
    QTest::keyClicks(&editor, QStringLiteral("x")); // one real edit to undo
    editor.document()->setModified(false);
    const int undoSteps = editor.document()->availableUndoSteps();
    QSignalSpy undoAvailable(&editor, &QPlainTextEdit::undoAvailable);
    QSignalSpy modified(editor.document(), &QTextDocument::modificationChanged);

    editor.setTaskMarkers({{2, Qt::red, QStringLiteral("Task-2"), true}});
    editor.setError(3, 5, QStringLiteral("ValueError: boom"));
    editor.setExecutionLine(4);
    editor.revealLine(9);
    editor.setDark(true);
    editor.setDark(false);
    editor.clearError();
    editor.setTaskMarkers({});
    editor.setExecutionLine(0);

    QCOMPARE(editor.toPlainText(), QStringLiteral("x") + kProgram);
    QVERIFY(!editor.document()->isModified());
    QCOMPARE(editor.document()->availableUndoSteps(), undoSteps);
    QCOMPARE(undoAvailable.count(), 0);
    QCOMPARE(modified.count(), 0);
    // And typing still goes in.
    QTest::keyClicks(&editor, QStringLiteral("y"));
    QVERIFY(editor.toPlainText().startsWith(QStringLiteral("xy")));
}

void tst_CodeEditor::replacingTheDocumentDropsMarkers()
{
    CodeEditor editor;
    editor.setPlainText(kProgram);
    editor.setTaskMarkers({{4, Qt::green, QStringLiteral("Task-2"), true}});
    editor.setError(4, 0, QStringLiteral("boom"));
    editor.setExecutionLine(4);
    // Re-colouring (a theme switch) keeps them.
    editor.setDark(true);
    editor.highlighter()->rehighlight();
    QCOMPARE(editor.taskMarkerCount(), 1);
    QVERIFY(editor.hasError());
    QCOMPARE(editor.executionLine(), 4);
    // Another program in its place (a file opened) does not.
    editor.setPlainText(QStringLiteral("print('another program')\n"));
    QCOMPARE(editor.taskMarkerCount(), 0);
    QVERIFY(!editor.hasError());
    QCOMPARE(editor.executionLine(), 0);
}

void tst_CodeEditor::revealLineScrollsWithoutMovingTheCursor()
{
    CodeEditor editor;
    editor.resize(500, 300);
    QStringList lines;
    for (int i = 1; i <= 300; ++i)
        lines.append(QStringLiteral("x%1 = %1").arg(i));
    editor.setPlainText(lines.join(QLatin1Char('\n')));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int cursorPosition = editor.textCursor().position();

    QVERIFY(editor.lineRect(200).isEmpty());
    editor.revealLine(200);
    QVERIFY(!editor.lineRect(200).isEmpty());
    // Far off: centred.
    const int first = editor.verticalScrollBar()->value(); // the first line shown
    const int shown = editor.viewport()->height() / editor.lineRect(200).height();
    QVERIFY2(std::abs(first + shown / 2 - 199) <= 2, qPrintable(QString::number(first)));
    QCOMPARE(editor.textCursor().position(), cursorPosition);
    // Already on screen: nothing moves.
    const int value = editor.verticalScrollBar()->value();
    editor.revealLine(first + 3);
    QCOMPARE(editor.verticalScrollBar()->value(), value);
    // Just below: as little as shows it.
    const int below = first + shown + 2;
    editor.revealLine(below);
    QVERIFY(!editor.lineRect(below).isEmpty());
    QVERIFY(editor.verticalScrollBar()->value() - value <= 4);
}

void tst_CodeEditor::largeFileHighlightsQuickly()
{
    const QString chunk = QStringLiteral(
        "@decorator(1)\n"
        "async def worker_%1(name: str, delay: float = 0.5) -> str:\n"
        "    \"\"\"Waits, then says so.\n"
        "    Several lines of docstring.\"\"\"\n"
        "    await asyncio.sleep(delay * 1_000 + 0x1F)  # sleep\n"
        "    print(f\"{name} waited {delay:.2f}s\", len(name), self.value)\n"
        "    return 'done' if name else r\"\\d+\"\n"
        "\n"
        "class Thing_%1(Base):\n"
        "    pass\n");
    QString source;
    for (int i = 0; i < 500; ++i)
        source += chunk.arg(i);
    CodeEditor editor;
    editor.resize(800, 600);
    QElapsedTimer timer;
    timer.start();
    editor.setPlainText(source);
    const qint64 setText = timer.elapsed();
    timer.restart();
    editor.highlighter()->rehighlight();
    const qint64 rehighlight = timer.elapsed();
    qDebug() << editor.document()->blockCount() << "lines: set and highlighted in" << setText << "ms, re-highlighted in"
             << rehighlight << "ms";
    QCOMPARE(editor.document()->blockCount(), 5001);
    QVERIFY(setText < 1000);
    QVERIFY(rehighlight < 1000);
    // The last lines were coloured too.
    const QTextBlock pass = editor.document()->lastBlock().previous();
    QCOMPARE(pass.text(), QStringLiteral("    pass"));
    QVERIFY(sameLook(formatAt(pass, 4), editor.highlighter()->format(Role::Keyword)));
}

QTEST_MAIN(tst_CodeEditor)
#include "tst_codeeditor.moc"
