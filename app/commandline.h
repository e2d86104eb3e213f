// Loopscope's command line (DESIGN.md, "Command line"): the subcommand, the program file,
// the options common to every run (--seed and the limits) and those of `trace`, parsed strictly so that a
// mistake is a usage error (exit status 2) with a message saying what is wrong.
#pragma once

#include "python/limits.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::app {

enum class TraceFormat { Text, Json, Chrome };

struct CommandLine {
    std::string command;  // "run", "trace", "export", "lessons", "help", "version", or empty for the app
    std::string file;     // the program, as the user typed it (for the app: may be empty)
    std::int64_t seed = 0;
    python::Limits limits;
    TraceFormat format = TraceFormat::Text; // trace: --json, --chrome
    bool lines = true;                      // trace: --no-lines switches Line events off

    // export: the image and how it is drawn.
    struct Export {
        std::string output;      // -o: its extension names the format
        int width = 1600;
        double scale = 1;        // PNG pixels per pixel
        bool dark = false;
        bool steps = false;      // --scale-mode steps
        bool hasRange = false;
        double from = 0, to = 0; // --range T0:T1, virtual seconds
        bool hasTitle = false;
        std::string title;       // --title (default: the file's name)
    } image;

    // lessons: what to do with the course.
    struct Lessons {
        bool list = false;
        bool check = false;            // --check [FILE.lesson ...]
        std::string exportDir;         // --export-all DIR
        std::vector<std::string> files; // lesson files to check (default: the course)
    } lessons;
};

// Parses argv[1..]. On a usage error returns false and sets `error`.
bool parseCommandLine(const std::vector<std::string>& args, CommandLine& result,
                      std::string& error);

std::string usageText();

} // namespace loopscope::app
