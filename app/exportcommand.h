// `loopscope export FILE.py -o OUT`: runs the program and draws its timeline into a PNG,
// SVG or PDF file with the window's own painter, headless (no display needed).
#pragma once

#include "commandline.h"

namespace loopscope::app {

// Exit status: 0 when the image is written, 1 when it cannot be, 2 for a usage error
// or a program that cannot be read.
int exportCommand(int& argc, char** argv, const CommandLine& commandLine);

} // namespace loopscope::app
