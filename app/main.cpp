// loopscope: the desktop app (no command, or a program to open) and the command line
// (run, trace, export, lessons).
#include "commandline.h"
#include "desktopapp.h"
#include "exportcommand.h"
#include "lessonscommand.h"
#include "runcommand.h"
#include "tracecommand.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

// Qt's own options (-platform, -style, ...) are for the app, which QApplication reads;
// a command (`run`, `trace`) never opens it, and `-1` is a number, not an option.
bool hasQtOptions(const std::vector<std::string>& args)
{
    if (!args.empty() && (args[0] == "run" || args[0] == "trace" || args[0] == "export" || args[0] == "lessons"))
        return false;
    for (const std::string& arg : args) {
        if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && arg != "-h" &&
            !(arg[1] >= '0' && arg[1] <= '9'))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace loopscope::app;
    const std::vector<std::string> args(argv + 1, argv + argc);
    CommandLine commandLine;
    std::string error;
    const bool parsed = parseCommandLine(args, commandLine, error);
    if (!parsed && !hasQtOptions(args)) {
        std::cerr << "loopscope: " << error << "\n\n" << usageText();
        return 2;
    }
    if (parsed && commandLine.command == "help") {
        std::cout << usageText();
        return 0;
    }
    if (parsed && commandLine.command == "version") {
        std::cout << "loopscope " << LOOPSCOPE_VERSION << "\n";
        return 0;
    }
    if (parsed && commandLine.command == "run")
        return runCommand(commandLine);
    if (parsed && commandLine.command == "trace")
        return traceCommand(commandLine);
    if (parsed && commandLine.command == "export")
        return exportCommand(argc, argv, commandLine);
    if (parsed && commandLine.command == "lessons")
        return lessonsCommand(argc, argv, commandLine);
    return runDesktopApp(argc, argv);
}
