// `loopscope lessons`: the course from the command line. --list lists the lessons,
// --export-all DIR writes each one's timeline as PNG and SVG, --check runs each lesson
// (the course, or lesson files) and checks it against its run.
#pragma once

#include "commandline.h"

namespace loopscope::app {

// Exit status: 0; 1 when a lesson is wrong or an image cannot be written; 2 for a
// usage error or a lesson file that cannot be read.
int lessonsCommand(int& argc, char** argv, const CommandLine& commandLine);

} // namespace loopscope::app
