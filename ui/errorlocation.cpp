#include "errorlocation.h"

#include <QRegularExpression>

#include <QDir>

#include <charconv>
#include <vector>

namespace loopscope::ui {

namespace {

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// `  File "PATH", line N` (and `, in NAME` after it): the frame's path and line.
bool parseFrame(std::string_view line, std::string_view& path, int& number)
{
    constexpr std::string_view head = "  File \"";
    if (!startsWith(line, head))
        return false;
    line.remove_prefix(head.size());
    const std::size_t quote = line.find("\", line ");
    if (quote == std::string_view::npos)
        return false;
    path = line.substr(0, quote);
    const std::string_view rest = line.substr(quote + 8);
    return std::from_chars(rest.data(), rest.data() + rest.size(), number).ec == std::errc();
}

// A line of only carets and tildes under the shown source: the column it marks.
bool parseMarker(std::string_view line, int& start, int& length)
{
    const std::size_t first = line.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return false;
    const std::size_t last = line.find_last_not_of(' ');
    for (std::size_t i = first; i <= last; ++i) {
        if (line[i] != '^' && line[i] != '~')
            return false;
    }
    start = int(first);
    length = int(last - first + 1);
    return true;
}

std::string_view sourceLine(std::string_view source, int number)
{
    const std::vector<std::string_view> lines = splitLines(source);
    return number >= 1 && std::size_t(number) <= lines.size() ? lines[std::size_t(number - 1)] : std::string_view();
}

// Characters (not bytes) in a UTF-8 prefix.
int characters(std::string_view utf8)
{
    return int(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).size());
}

} // namespace

ErrorLocation ErrorLocation::fromTraceback(std::string_view standardError, std::string_view path,
                                           std::string_view source)
{
    ErrorLocation location;
    const std::vector<std::string_view> lines = splitLines(standardError);
    // The traceback's last line: the last that does not start with a space.
    std::size_t messageAt = lines.size();
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (!lines[i].empty() && lines[i][0] != ' ') {
            messageAt = i;
            break;
        }
    }
    if (messageAt == lines.size())
        return location;
    location.message = QString::fromUtf8(lines[messageAt].data(), qsizetype(lines[messageAt].size()));
    location.kind = startsWith(lines[messageAt], "SyntaxError") || startsWith(lines[messageAt], "IndentationError") ||
                            startsWith(lines[messageAt], "TabError")
                        ? QStringLiteral("syntax")
                        : lines[messageAt].find("Loopscope's sandbox") != std::string_view::npos
                              ? QStringLiteral("sandbox")
                              : QStringLiteral("runtime");

    // The innermost frame of the program's file in the last traceback (a chained one
    // begins again at its "Traceback" line).
    for (std::size_t i = 0; i < messageAt; ++i) {
        if (startsWith(lines[i], "Traceback (most recent call last)")) {
            location.line = location.column = location.length = 0;
            continue;
        }
        std::string_view framePath;
        int number = 0;
        if (!parseFrame(lines[i], framePath, number) || framePath != path)
            continue;
        location.line = number;
        location.column = location.length = 0;
        // The source as shown (indented by 4, stripped) and the markers under it.
        if (i + 2 < lines.size() && startsWith(lines[i + 1], "    ")) {
            int start = 0, length = 0;
            if (parseMarker(lines[i + 2], start, length) && start >= 4) {
                const std::string_view shown = lines[i + 1].substr(4);
                const std::string_view original = sourceLine(source, number);
                const std::size_t indent = original.find_first_not_of(" \t");
                const std::size_t offset = std::size_t(start - 4);
                if (indent != std::string_view::npos && offset <= shown.size()) {
                    location.column = characters(original.substr(0, indent)) + characters(shown.substr(0, offset)) + 1;
                    location.length = length;
                }
            }
        }
    }
    return location;
}

ErrorLocation ErrorLocation::of(const RunResult& result)
{
    const std::string source = result.source.toStdString();
    const std::string path = QDir::cleanPath(QDir::current().absoluteFilePath(result.path)).toStdString();
    switch (result.outcome.end) {
    case python::RunEnd::Finished: {
        if (result.outcome.exitStatus == 0)
            return {};
        ErrorLocation location = fromTraceback(result.standardError, path, source);
        if (!location.isError()) {
            location.kind = QStringLiteral("runtime");
            location.message = QStringLiteral("The program exited with status %1.").arg(result.outcome.exitStatus);
        }
        return location;
    }
    case python::RunEnd::Stopped:
    case python::RunEnd::Crashed: {
        ErrorLocation location;
        location.kind = result.outcome.end == python::RunEnd::Stopped ? QStringLiteral("limit") : QStringLiteral("crash");
        location.message = QString::fromStdString(result.outcome.message);
        // Where the program was when it stopped: as the engine's message says it (it
        // follows lines past the record's cap), else the record's last line event.
        static const QRegularExpression at(QStringLiteral("the program was at line (\\d+)"));
        const QRegularExpressionMatch match = at.match(location.message);
        if (match.hasMatch()) {
            location.line = match.captured(1).toInt();
        } else if (result.trace) {
            const auto& events = result.trace->events();
            for (std::size_t i = events.size(); i-- > 0;) {
                if (events[i].line != 0) {
                    location.line = int(events[i].line);
                    break;
                }
            }
        }
        return location;
    }
    }
    return {};
}

} // namespace loopscope::ui
