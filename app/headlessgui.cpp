#include "headlessgui.h"

#include <iostream>

namespace loopscope::app {

namespace {

// Qt's notes about the session (no XDG_RUNTIME_DIR in a CI shell, a headless platform)
// say nothing about the command's work; everything else is passed on.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::cerr << message.toStdString() << "\n";
}

} // namespace

std::unique_ptr<QGuiApplication> headlessApplication(int& argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace loopscope::app
