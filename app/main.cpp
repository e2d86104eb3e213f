// loopscope: the command line, and (once it is built) the desktop app.
#include "commandline.h"
#include "runcommand.h"
#include "tracecommand.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using namespace loopscope::app;
    const std::vector<std::string> args(argv + 1, argv + argc);
    CommandLine commandLine;
    std::string error;
    if (!parseCommandLine(args, commandLine, error)) {
        std::cerr << "loopscope: " << error << "\n\n" << usageText();
        return 2;
    }
    if (commandLine.command == "help") {
        std::cout << usageText();
        return 0;
    }
    if (commandLine.command == "version") {
        std::cout << "loopscope " << LOOPSCOPE_VERSION << "\n";
        return 0;
    }
    if (commandLine.command == "run")
        return runCommand(commandLine);
    if (commandLine.command == "trace")
        return traceCommand(commandLine);
    std::cerr << "loopscope: the desktop app is not part of this build yet\n\n" << usageText();
    return 2;
}
