// Python 3.11 syntax colouring for the code view: keywords, builtins, decorators, numbers,
// strings (prefixed, triple-quoted across lines), comments, the names `def` and `class`
// introduce, and `self`. One left-to-right scan per block; a block's state is the string
// still open at its end, so an edit re-colours only as far as that state changes.
#pragma once

#include <QColor>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace loopscope::ui {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // What a stretch of source is, as coloured.
    enum class Role { Keyword, Builtin, Decorator, Number, String, Comment, Definition, Self, Count };

    // The colours of each role, for a light or a dark background. Calm hues of similar
    // weight, each readable on its background; comments recede (grey, italic).
    struct Theme {
        QColor keyword, builtin, decorator, number, string, comment, definition, self;

        static Theme light();
        static Theme dark();
    };

    explicit PythonHighlighter(QTextDocument* document = nullptr);

    void setDark(bool dark);
    bool isDark() const { return dark_; }
    // The format a role is drawn with (tests compare these with a block's formats).
    const QTextCharFormat& format(Role role) const { return formats_[std::size_t(role)]; }

    // Whether code, its strings and comment aside, ends with a colon: it opens a block
    // (`async def f():`), or it is the statement `match x:`, not the name match.
    static bool endsWithColon(QStringView code);

protected:
    void highlightBlock(const QString& text) override;

private:
    // The string a block ends inside, carried to the next block as its state.
    enum class OpenString { None = 0, TripleSingle = 1, TripleDouble = 2, Single = 3, Double = 4 };

    void applyTheme(const Theme& theme);
    // Colours a string whose body starts at `bodyStart` (after its opening quotes) and
    // returns where it ends; sets the block state when it runs past the line.
    int highlightString(const QString& text, int start, int bodyStart, OpenString kind, bool formatted);
    void highlightFields(const QString& text, int from, int to);

    bool dark_ = false;
    std::array<QTextCharFormat, std::size_t(Role::Count)> formats_;
    QRegularExpression number_; // compiled once: Python's whole numeric literal grammar
};

} // namespace loopscope::ui
