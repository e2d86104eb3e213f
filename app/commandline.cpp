#include "commandline.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <cmath>
#include <cstdlib>

namespace loopscope::app {

namespace {

bool parseNumber(const std::string& text, double& value)
{
    if (text.empty())
        return false;
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end && *end == '\0' && std::isfinite(value) && value > 0;
}

bool parseInteger(const std::string& text, std::int64_t& value)
{
    const char* first = text.data();
    const char* last = first + text.size();
    auto [end, failure] = std::from_chars(first, last, value);
    return failure == std::errc() && end == last && !text.empty();
}

bool parseExportOption(const std::string& option, const std::string& value, CommandLine::Export& image,
                       std::string& error)
{
    double number = 0;
    std::int64_t integer = 0;
    if (option == "-o" || option == "--output") {
        image.output = value;
    } else if (option == "--width") {
        if (!parseInteger(value, integer) || integer < 320 || integer > 20000)
            return error = "--width needs a whole number of pixels from 320 to 20000, not '" + value + "'", false;
        image.width = int(integer);
    } else if (option == "--scale") {
        if (!parseNumber(value, number) || number > 8)
            return error = "--scale needs a number above 0, at most 8, not '" + value + "'", false;
        image.scale = number;
    } else if (option == "--theme") {
        if (value != "light" && value != "dark")
            return error = "--theme is light or dark, not '" + value + "'", false;
        image.dark = value == "dark";
    } else if (option == "--scale-mode") {
        if (value != "time" && value != "steps")
            return error = "--scale-mode is time or steps, not '" + value + "'", false;
        image.steps = value == "steps";
    } else if (option == "--range") {
        const std::size_t colon = value.find(':');
        double from = 0, to = 0;
        const auto seconds = [](const std::string& text, double& out) {
            char* end = nullptr;
            out = std::strtod(text.c_str(), &end);
            return !text.empty() && end && *end == '\0' && std::isfinite(out) && out >= 0;
        };
        if (colon == std::string::npos || !seconds(value.substr(0, colon), from) ||
            !seconds(value.substr(colon + 1), to) || to < from)
            return error = "--range needs T0:T1, virtual seconds with T0 <= T1, not '" + value + "'", false;
        image.hasRange = true;
        image.from = from;
        image.to = to;
    } else if (option == "--title") {
        image.hasTitle = true;
        image.title = value;
    }
    return true;
}

} // namespace

std::string usageText()
{
    return "usage: loopscope run FILE.py [options]\n"
           "       loopscope trace FILE.py [--json | --chrome] [--no-lines] [options]\n"
           "       loopscope export FILE.py -o OUT.png|svg|pdf [export options] [options]\n"
           "       loopscope lessons --list | --export-all DIR | --check [FILE.lesson ...]\n"
           "       loopscope [FILE.py | FILE.lesson] [options]\n"
           "\n"
           "Runs an asyncio program on Loopscope's deterministic event loop, whose clock is\n"
           "virtual: it starts at 0.0 and jumps to the next timer, so nothing really waits.\n"
           "The output, order, times and task names are those of CPython 3.11's own loop.\n"
           "\n"
           "commands:\n"
           "  (none)             open the desktop app, on FILE.py (or a lesson, FILE.lesson)\n"
           "                     if one is named: the program beside its timeline, to step\n"
           "                     through event by event\n"
           "  run FILE.py        run the program; print its output; exit as CPython would\n"
           "                     (0, or 1 with a traceback), or 3 if a limit or a deadlock\n"
           "                     stopped it, or 4 if the worker died\n"
           "  trace FILE.py      run the program and print its event record instead of its\n"
           "                     output: one line per event (time, task, kind, details);\n"
           "                     exit status as for run\n"
           "  export FILE.py     run the program and draw its timeline into an image (no\n"
           "                     display needed): exit 0 when it is written (a program that\n"
           "                     fails or is stopped is drawn up to there, with a note on\n"
           "                     stderr), 1 if it cannot be written, 2 for a usage error\n"
           "  lessons            the course: --list lists its lessons; --export-all DIR\n"
           "                     writes each lesson's timeline as DIR/ID.png and DIR/ID.svg;\n"
           "                     --check runs each lesson (or the files named) and checks\n"
           "                     its checkpoints, answers and exercise against the run\n"
           "\n"
           "trace options:\n"
           "  --json             the whole record as JSON (format loopscope-trace, version 1)\n"
           "  --chrome           Chrome's trace event format (opens in Perfetto's UI)\n"
           "  --no-lines         leave out the line-by-line events\n"
           "\n"
           "export options:\n"
           "  -o, --output OUT   the image: .png, .svg (text kept as text) or .pdf (vector)\n"
           "  --width W          its width in pixels (default 1600)\n"
           "  --scale K          PNG pixels per pixel, 2 for high-DPI (default 1)\n"
           "  --theme T          light or dark (default light)\n"
           "  --range T0:T1      only virtual seconds T0 to T1 (default: the whole run)\n"
           "  --scale-mode M     time (proportional to virtual time) or steps (a column\n"
           "                     per loop step) (default time)\n"
           "  --title TEXT       the title above the timeline (default: the file's name)\n"
           "\n"
           "options:\n"
           "  --seed N           seed random with N before the first line (default 0)\n"
           "  --max-cpu S        CPU seconds the run may use (default 10)\n"
           "  --max-events N     callbacks the loop may run (default 10000000)\n"
           "  --max-time S       virtual seconds the clock may reach (default 1e9)\n"
           "  --max-memory MIB   memory (address space) in MiB (default 2048)\n"
           "  --max-output MIB   output (stdout and stderr) in MiB (default 10)\n"
           "  --max-source KIB   size of the program in KiB (default 1024)\n"
           "  -h, --help         show this help\n"
           "  --version          show Loopscope's version\n";
}

bool parseCommandLine(const std::vector<std::string>& args, CommandLine& result,
                      std::string& error)
{
    std::vector<std::string> positional;
    std::vector<std::string> traceOptions;
    std::vector<std::string> exportOptions;
    std::vector<std::string> lessonOptions;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            result.command = "help";
            return true;
        }
        if (arg == "--version") {
            result.command = "version";
            return true;
        }
        static const char* const exportKnown[] = {"-o", "--output", "--width", "--scale", "--theme",
                                                  "--range", "--scale-mode", "--title"};
        if (std::find(std::begin(exportKnown), std::end(exportKnown), arg) != std::end(exportKnown)) {
            if (i + 1 >= args.size())
                return error = "option " + arg + " needs a value", false;
            exportOptions.push_back(arg);
            if (!parseExportOption(arg, args[++i], result.image, error))
                return false;
            continue;
        }
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            positional.push_back(arg);
            continue;
        }
        if (arg == "--list" || arg == "--check") {
            lessonOptions.push_back(arg);
            (arg == "--list" ? result.lessons.list : result.lessons.check) = true;
            continue;
        }
        if (arg == "--export-all") {
            if (i + 1 >= args.size())
                return error = "option --export-all needs a folder", false;
            lessonOptions.push_back(arg);
            result.lessons.exportDir = args[++i];
            continue;
        }
        if (arg == "--json" || arg == "--chrome" || arg == "--no-lines") {
            traceOptions.push_back(arg);
            if (arg == "--no-lines")
                result.lines = false;
            else if (result.format != TraceFormat::Text)
                return error = "--json and --chrome exclude each other", false;
            else
                result.format = arg == "--json" ? TraceFormat::Json : TraceFormat::Chrome;
            continue;
        }
        static const char* const known[] = {"--seed", "--max-events", "--max-cpu", "--max-time",
                                            "--max-memory", "--max-output", "--max-source"};
        if (std::find(std::begin(known), std::end(known), arg) == std::end(known)) {
            error = "unknown option " + arg;
            return false;
        }
        if (i + 1 >= args.size()) {
            error = "option " + arg + " needs a value";
            return false;
        }
        const std::string& value = args[++i];
        double number = 0;
        std::int64_t integer = 0;
        python::Limits& limits = result.limits;
        if (arg == "--seed") {
            if (!parseInteger(value, integer)) {
                error = "--seed needs an integer, not '" + value + "'";
                return false;
            }
            result.seed = integer;
        } else if (arg == "--max-events") {
            if (!parseInteger(value, integer) || integer <= 0) {
                error = "--max-events needs a positive integer, not '" + value + "'";
                return false;
            }
            limits.maxEvents = std::uint64_t(integer);
        } else if (arg == "--max-cpu" || arg == "--max-time" || arg == "--max-memory" ||
                   arg == "--max-output" || arg == "--max-source") {
            if (!parseNumber(value, number)) {
                error = arg + " needs a positive number, not '" + value + "'";
                return false;
            }
            if (arg == "--max-cpu")
                limits.cpuSeconds = number;
            else if (arg == "--max-time")
                limits.maxVirtualSeconds = number;
            else if (arg == "--max-memory")
                limits.memoryBytes = std::uint64_t(number * 1024 * 1024);
            else if (arg == "--max-output")
                limits.outputBytes = std::uint64_t(number * 1024 * 1024);
            else
                limits.sourceBytes = std::uint64_t(number * 1024);
        } else {
            error = "unknown option " + arg;
            return false;
        }
    }
    const auto isProgram = [](const std::string& arg) {
        const auto endsWith = [&](const std::string& suffix) {
            return arg.size() > suffix.size() && arg.compare(arg.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return endsWith(".py") || endsWith(".lesson"); // the app opens a lesson file too
    };
    if (!positional.empty() && positional[0] == "lessons") {
        result.command = "lessons";
        if (!traceOptions.empty() || !exportOptions.empty())
            return error = (traceOptions.empty() ? exportOptions : traceOptions).front() +
                           " is not an option of lessons",
                   false;
        const int actions = int(result.lessons.list) + int(result.lessons.check) + int(!result.lessons.exportDir.empty());
        if (actions != 1)
            return error = "lessons needs one of --list, --export-all DIR, --check", false;
        result.lessons.files.assign(positional.begin() + 1, positional.end());
        if (!result.lessons.files.empty() && !result.lessons.check)
            return error = "lesson files are for --check", false;
        return true;
    }
    if (!lessonOptions.empty())
        return error = lessonOptions.front() + " is an option of lessons", false;
    if (positional.empty() || isProgram(positional[0])) {
        // The desktop app, on a program if one is named.
        if (!traceOptions.empty()) {
            error = traceOptions.front() + " is an option of trace, not of the app";
            return false;
        }
        if (!exportOptions.empty()) {
            error = exportOptions.front() + " is an option of export, not of the app";
            return false;
        }
        if (positional.size() > 1) {
            error = "the app opens one program, not " + std::to_string(positional.size());
            return false;
        }
        result.file = positional.empty() ? std::string() : positional[0];
        return true;
    }
    result.command = positional[0];
    if (result.command != "run" && result.command != "trace" && result.command != "export") {
        error = "unknown command '" + result.command + "'";
        return false;
    }
    if (!traceOptions.empty() && result.command != "trace") {
        error = traceOptions.front() + " is an option of trace, not of " + result.command;
        return false;
    }
    if (!exportOptions.empty() && result.command != "export") {
        error = exportOptions.front() + " is an option of export, not of " + result.command;
        return false;
    }
    if (positional.size() != 2) {
        const std::string& command = result.command;
        error = positional.size() < 2 ? command + " needs a program: loopscope " + command + " FILE.py"
                                      : command + " takes one program, not " +
                                            std::to_string(positional.size() - 1);
        return false;
    }
    result.file = positional[1];
    if (result.command == "export" && result.image.output.empty()) {
        error = "export needs an image to write: -o OUT.png, OUT.svg or OUT.pdf";
        return false;
    }
    return true;
}

} // namespace loopscope::app
