#include "desktopapp.h"

#include "appicon.h"

#include "lessonview.h"
#include "mainwindow.h"
#include "runcontroller.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <iostream>
#include <string>
#include <vector>

namespace loopscope::app {

namespace {

// What the window shows when no file is given: a bundled example, as an unsaved copy.
QString welcomeProgram()
{
    QFile file(QStringLiteral(":/examples/three_downloads.py"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    return QStringLiteral("import asyncio\n\n\nasync def main():\n    print(\"hello\")\n\n\nasyncio.run(main())\n");
}

// Where the learner was: the lesson they had open last, else the first of the course.
int lastLesson(const ui::MainWindow& window)
{
    const QString id = QSettings().value(QStringLiteral("lessons/current")).toString();
    const std::vector<ui::Lesson>& lessons = window.lessonView()->lessons();
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == id)
            return int(i);
    }
    return 0;
}

} // namespace

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
    // What a crash or a kill left unsaved comes first: nothing the user typed is lost.
    const bool restored = window.offerAutosave();
    const QString file = QString::fromStdString(commandLine.file);
    if (file.endsWith(QLatin1String(".lesson")))
        window.openLessonFile(file);
    else if (!file.isEmpty())
        window.openFile(file); // (asks first if the restored program is not saved)
    else if (!restored && !window.openLesson(lastLesson(window)))
        window.setProgram(welcomeProgram(), QStringLiteral("three_downloads.py"));
    return application.exec();
}

} // namespace loopscope::app
