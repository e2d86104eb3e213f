#include "pythonhighlighter.h"

#include <QFont>
#include <QSignalBlocker>
#include <QTextDocument>

#include <algorithm>
#include <string_view>

namespace loopscope::ui {

namespace {

// Python 3.11's keywords and builtins, sorted (checked below) for a binary search with no
// allocation: a block's words are looked up as views into its text.
constexpr std::u16string_view kKeywords[] = {
    u"False", u"None", u"True", u"and", u"as", u"assert", u"async", u"await", u"break",
    u"class", u"continue", u"def", u"del", u"elif", u"else", u"except", u"finally", u"for",
    u"from", u"global", u"if", u"import", u"in", u"is", u"lambda", u"nonlocal", u"not",
    u"or", u"pass", u"raise", u"return", u"try", u"while", u"with", u"yield",
};

// The builtin functions and types, the exceptions a learner meets, and the few builtin
// constants that are not keywords. Names from asyncio are ordinary names.
constexpr std::u16string_view kBuiltins[] = {
    u"ArithmeticError", u"AssertionError", u"AttributeError", u"BaseException",
    u"BaseExceptionGroup", u"BlockingIOError", u"BrokenPipeError", u"BufferError",
    u"ConnectionError", u"ConnectionRefusedError", u"ConnectionResetError",
    u"DeprecationWarning", u"EOFError", u"Ellipsis", u"Exception", u"ExceptionGroup",
    u"FileExistsError", u"FileNotFoundError", u"FloatingPointError", u"GeneratorExit",
    u"ImportError", u"IndentationError", u"IndexError", u"InterruptedError",
    u"KeyError", u"KeyboardInterrupt", u"LookupError", u"MemoryError",
    u"ModuleNotFoundError", u"NameError", u"NotImplemented", u"NotImplementedError",
    u"OSError", u"OverflowError", u"PermissionError", u"RecursionError",
    u"ReferenceError", u"RuntimeError", u"RuntimeWarning", u"StopAsyncIteration",
    u"StopIteration", u"SyntaxError", u"SystemError", u"SystemExit", u"TabError",
    u"TimeoutError", u"TypeError", u"UnboundLocalError", u"UnicodeDecodeError",
    u"UnicodeEncodeError", u"UnicodeError", u"UserWarning", u"ValueError", u"Warning",
    u"ZeroDivisionError", u"__build_class__", u"__debug__", u"__import__", u"__name__",
    u"abs", u"aiter", u"all", u"anext", u"any", u"ascii", u"bin", u"bool", u"breakpoint",
    u"bytearray", u"bytes", u"callable", u"chr", u"classmethod", u"compile", u"complex",
    u"delattr", u"dict", u"dir", u"divmod", u"enumerate", u"eval", u"exec", u"filter",
    u"float", u"format", u"frozenset", u"getattr", u"globals", u"hasattr", u"hash",
    u"help", u"hex", u"id", u"input", u"int", u"isinstance", u"issubclass", u"iter",
    u"len", u"list", u"locals", u"map", u"max", u"memoryview", u"min", u"next",
    u"object", u"oct", u"open", u"ord", u"pow", u"print", u"property", u"range",
    u"repr", u"reversed", u"round", u"set", u"setattr", u"slice", u"sorted",
    u"staticmethod", u"str", u"sum", u"super", u"tuple", u"type", u"vars", u"zip",
};

static_assert(std::ranges::is_sorted(kKeywords));
static_assert(std::ranges::is_sorted(kBuiltins));

template <std::size_t N>
bool contains(const std::u16string_view (&words)[N], QStringView word)
{
    return std::ranges::binary_search(words, std::u16string_view(word.utf16(), std::size_t(word.size())));
}

bool isIdentifierStart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
    return c.isLetter() || c.isSurrogate();
}

bool isIdentifierPart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f';
}

// A string prefix (r, u, f, b and the two-letter mixes, any case) and whether it makes an
// f-string.
bool isStringPrefix(QStringView word, bool& formatted)
{
    if (word.size() > 2)
        return false;
    bool raw = false, bytes = false, unicode = false;
    formatted = false;
    for (const QChar c : word) {
        switch (c.toLower().unicode()) {
        case u'r': if (raw) return false; raw = true; break;
        case u'b': if (bytes) return false; bytes = true; break;
        case u'f': if (formatted) return false; formatted = true; break;
        case u'u': if (unicode) return false; unicode = true; break;
        default: return false;
        }
    }
    // u stands alone; b and f do not mix.
    return !(unicode && word.size() > 1) && !(bytes && formatted);
}

QTextCharFormat makeFormat(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    if (italic)
        format.setFontItalic(true);
    return format;
}

} // namespace

PythonHighlighter::Theme PythonHighlighter::Theme::light()
{
    Theme theme;
    theme.keyword = QColor(0x00, 0x33, 0xB3);
    theme.builtin = QColor(0x6F, 0x42, 0xC1);
    theme.decorator = QColor(0x8A, 0x6D, 0x00);
    theme.number = QColor(0x17, 0x50, 0xEB);
    theme.string = QColor(0x06, 0x7D, 0x17);
    theme.comment = QColor(0x80, 0x80, 0x80);
    theme.definition = QColor(0x00, 0x62, 0x7A);
    theme.self = QColor(0x94, 0x55, 0x8D);
    return theme;
}

PythonHighlighter::Theme PythonHighlighter::Theme::dark()
{
    Theme theme;
    theme.keyword = QColor(0xCF, 0x8E, 0x6D);
    theme.builtin = QColor(0x99, 0x99, 0xD8);
    theme.decorator = QColor(0xB3, 0xAE, 0x60);
    theme.number = QColor(0x2A, 0xAC, 0xB8);
    theme.string = QColor(0x6A, 0xAB, 0x73);
    theme.comment = QColor(0x85, 0x89, 0x90);
    theme.definition = QColor(0x56, 0xA8, 0xF5);
    theme.self = QColor(0xC7, 0x7D, 0xBB);
    return theme;
}

PythonHighlighter::PythonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      // Python's numeric literals: hex, octal, binary, decimal with underscores, floats
      // with a point and/or an exponent, and imaginary ones.
      number_(QStringLiteral("0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
                             "|(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
                             "(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?"))
{
    number_.optimize();
    applyTheme(Theme::light());
}

bool PythonHighlighter::endsWithColon(QStringView code)
{
    QChar last;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'#')
            break;
        if (c == u'\'' || c == u'"') {
            for (++i; i < code.size() && code.at(i) != c; ++i) {
                if (code.at(i) == u'\\')
                    ++i;
            }
        } else if (!c.isSpace()) {
            last = c;
        }
    }
    return last == u':';
}

void PythonHighlighter::setDark(bool dark)
{
    if (dark == dark_)
        return;
    dark_ = dark;
    applyTheme(dark ? Theme::dark() : Theme::light());
    // Re-colouring is no edit: keep the document from announcing a change of contents
    // (whoever re-runs the program on contentsChanged would run it for nothing). The
    // layout hears of the new formats directly, not through the blocked signals.
    const QSignalBlocker quiet(document());
    rehighlight();
}

void PythonHighlighter::applyTheme(const Theme& theme)
{
    formats_[std::size_t(Role::Keyword)] = makeFormat(theme.keyword);
    formats_[std::size_t(Role::Builtin)] = makeFormat(theme.builtin);
    formats_[std::size_t(Role::Decorator)] = makeFormat(theme.decorator);
    formats_[std::size_t(Role::Number)] = makeFormat(theme.number);
    formats_[std::size_t(Role::String)] = makeFormat(theme.string);
    formats_[std::size_t(Role::Comment)] = makeFormat(theme.comment, false, true);
    formats_[std::size_t(Role::Definition)] = makeFormat(theme.definition, true);
    formats_[std::size_t(Role::Self)] = makeFormat(theme.self, false, true);
}

void PythonHighlighter::highlightBlock(const QString& text)
{
    setCurrentBlockState(0);
    const int length = int(text.size());
    int pos = 0;

    // A string the previous line left open goes on here.
    if (const int previous = previousBlockState(); previous > 0)
        pos = highlightString(text, 0, 0, OpenString(previous & 7), (previous & 8) != 0);

    int first = pos;
    while (first < length && isBlank(text.at(first)))
        ++first;
    bool statementStart = true; // no token of the line seen yet
    bool caseStatement = false; // `_` is the wildcard pattern only here
    bool afterDot = false;      // an attribute: `x.print` is not the builtin
    bool expectName = false;    // after `def` or `class`

    while (pos < length) {
        const QChar c = text.at(pos);
        if (isBlank(c)) {
            ++pos;
            continue;
        }
        if (c == u'#') {
            setFormat(pos, length - pos, format(Role::Comment));
            break;
        }
        if (isIdentifierStart(c)) {
            int end = pos + 1;
            while (end < length && isIdentifierPart(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(pos, end - pos);
            bool formatted = false;
            if (end < length && (text.at(end) == u'\'' || text.at(end) == u'"') && isStringPrefix(word, formatted)) {
                pos = highlightString(text, pos, end, OpenString::None, formatted);
                statementStart = afterDot = expectName = false;
                continue;
            }
            if (expectName) {
                setFormat(pos, end - pos, format(Role::Definition));
                expectName = false;
            } else if (afterDot) {
                // An attribute is never a keyword, builtin or self.
            } else if (contains(kKeywords, word)) {
                setFormat(pos, end - pos, format(Role::Keyword));
                expectName = word == u"def" || word == u"class";
            } else if (statementStart && (word == u"match" || word == u"case") &&
                       endsWithColon(QStringView(text).mid(end))) {
                setFormat(pos, end - pos, format(Role::Keyword));
                caseStatement = word == u"case";
            } else if (caseStatement && word == u"_") {
                setFormat(pos, end - pos, format(Role::Keyword));
            } else if (word == u"self" || word == u"cls") {
                setFormat(pos, end - pos, format(Role::Self));
            } else if (contains(kBuiltins, word)) {
                setFormat(pos, end - pos, format(Role::Builtin));
            }
            statementStart = afterDot = false;
            pos = end;
            continue;
        }
        statementStart = expectName = false;
        if (isDigit(c) || (c == u'.' && pos + 1 < length && isDigit(text.at(pos + 1)))) {
            const QRegularExpressionMatch match = number_.match(text, pos, QRegularExpression::NormalMatch,
                                                                QRegularExpression::AnchorAtOffsetMatchOption);
            const int end = match.hasMatch() ? int(match.capturedEnd()) : pos + 1;
            setFormat(pos, end - pos, format(Role::Number));
            afterDot = false;
            pos = end;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            pos = highlightString(text, pos, pos, OpenString::None, false);
            afterDot = false;
            continue;
        }
        if (c == u'@' && pos == first) {
            // A decorator: `@` and the dotted name after it, not its arguments.
            int end = pos + 1;
            while (end < length && isBlank(text.at(end)))
                ++end;
            while (end < length && (isIdentifierPart(text.at(end)) || text.at(end) == u'.'))
                ++end;
            setFormat(pos, end - pos, format(Role::Decorator));
            pos = end;
            continue;
        }
        afterDot = c == u'.';
        ++pos;
    }
}

int PythonHighlighter::highlightString(const QString& text, int start, int bodyStart, OpenString kind,
                                       bool formatted)
{
    const int length = int(text.size());
    if (kind == OpenString::None) {
        // A new string: its opening quotes say which kind.
        const QChar quote = text.at(bodyStart);
        const bool triple =
            bodyStart + 2 < length && text.at(bodyStart + 1) == quote && text.at(bodyStart + 2) == quote;
        if (quote == u'\'')
            kind = triple ? OpenString::TripleSingle : OpenString::Single;
        else
            kind = triple ? OpenString::TripleDouble : OpenString::Double;
        bodyStart += triple ? 3 : 1;
    }
    const bool triple = kind == OpenString::TripleSingle || kind == OpenString::TripleDouble;
    const QChar quote = (kind == OpenString::TripleSingle || kind == OpenString::Single) ? QLatin1Char('\'')
                                                                                       : QLatin1Char('"');
    int i = bodyStart;
    int end = -1;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            // An escape, even in a raw string: a backslash keeps the quote after it.
            i += 2;
            continue;
        }
        if (c == quote && (!triple || (i + 2 < length && text.at(i + 1) == quote && text.at(i + 2) == quote))) {
            end = i + (triple ? 3 : 1);
            break;
        }
        ++i;
    }
    int bodyEnd = end < 0 ? length : end - (triple ? 3 : 1);
    if (end < 0) {
        end = length;
        // Open at the line's end: a triple-quoted string always goes on, a one-line
        // string only after a backslash that escapes the line break.
        if (triple || i > length)
            setCurrentBlockState(int(kind) | (formatted ? 8 : 0));
    }
    setFormat(start, end - start, format(Role::String));
    if (formatted)
        highlightFields(text, bodyStart, std::min(bodyEnd, length));
    return end;
}

void PythonHighlighter::highlightFields(const QString& text, int from, int to)
{
    // The expressions in an f-string's braces are code, not text: drawn plain.
    int i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c == u'{' && i + 1 < to && text.at(i + 1) == u'{') {
            i += 2;
            continue;
        }
        if (c != u'{') {
            ++i;
            continue;
        }
        int depth = 0;
        int j = i + 1;
        for (; j < to; ++j) {
            const QChar d = text.at(j);
            if (d == u'(' || d == u'[' || d == u'{')
                ++depth;
            else if (d == u')' || d == u']')
                --depth;
            else if (d == u'}' && depth-- == 0)
                break;
        }
        setFormat(i + 1, j - i - 1, QTextCharFormat());
        i = j + 1;
    }
}

} // namespace loopscope::ui
