// What the commands that draw (export, lessons --export-all) need of Qt: fonts and
// painting, never a display, and none of Qt's notes about the session on stderr.
#pragma once

#include <QGuiApplication>

#include <memory>

namespace loopscope::app {

std::unique_ptr<QGuiApplication> headlessApplication(int& argc, char** argv);

} // namespace loopscope::app
