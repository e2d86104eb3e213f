// The desktop app's start: the Qt application, its names (QSettings' place), its icon
// and the main window, opened on the program the command line names.
#pragma once

#include "commandline.h"

namespace loopscope::app {

// Runs the app until its window closes; returns the exit status (2 for a usage error
// in what is left of the command line once Qt has read its own options).
int runDesktopApp(int& argc, char** argv);

} // namespace loopscope::app
