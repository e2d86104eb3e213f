#include "desktopapp.h"

#include "appicon.h"

#include "mainwindow.h"
#include "runcontroller.h"

#include <QApplication>
#include <QFileInfo>

#include <iostream>
#include <string>
#include <vector>

namespace loopscope::app {

int runDesktopApp(int& argc, char** argv)
{
    QApplication application(argc, argv);
    // QApplication has taken its own options (-platform, -style, ...) out: the rest is
    // ours.
    std::vector<std::string> args;
    for (const QString& arg : QApplication::arguments().mid(1))
        args.push_back(arg.toStdString());
    CommandLine commandLine;
    std::string error;
    if (!parseCommandLine(args, commandLine, error) || !commandLine.command.empty()) {
        std::cerr << "loopscope: " << (error.empty() ? "unexpected command" : error) << "\n\n" << usageText();
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
    QApplication::setWindowIcon(appIcon());

    ui::MainWindow window;
    // The command line's limits, where it set any (the app's own defaults are tighter
    // than a script's: it is interactive).
    const python::Limits defaults;
    const python::Limits& asked = commandLine.limits;
    python::Limits limits = window.runner()->limits();
    if (asked.cpuSeconds != defaults.cpuSeconds)
        limits.cpuSeconds = asked.cpuSeconds;
    if (asked.maxEvents != defaults.maxEvents)
        limits.maxEvents = asked.maxEvents;
    if (asked.maxVirtualSeconds != defaults.maxVirtualSeconds)
        limits.maxVirtualSeconds = asked.maxVirtualSeconds;
    if (asked.memoryBytes != defaults.memoryBytes)
        limits.memoryBytes = asked.memoryBytes;
    if (asked.outputBytes != defaults.outputBytes)
        limits.outputBytes = asked.outputBytes;
    if (asked.sourceBytes != defaults.sourceBytes)
        limits.sourceBytes = asked.sourceBytes;
    window.runner()->setLimits(limits);
    window.runner()->setSeed(commandLine.seed);

    window.show();
    if (!commandLine.file.empty())
        window.openFile(QString::fromStdString(commandLine.file));
    else
        window.setProgram(QStringLiteral("import asyncio\n\n\nasync def main():\n    print(\"hello\")\n    await "
                                         "asyncio.sleep(1)\n    print(\"world\")\n\n\nasyncio.run(main())\n"),
                          QObject::tr("untitled.py"));
    return application.exec();
}

} // namespace loopscope::app
