// sys.stdout and sys.stderr as CPython made them (same objects, same buffers, same
// buffering), retyped to a subclass of TextIOWrapper whose write() also tells the event
// record what the program wrote, which task wrote it and at which line. Named
// _io.TextIOWrapper, the class reads as CPython's.
#pragma once

namespace loopscope::loop {

// In the warm interpreter, once. -1 with a Python exception set on failure.
int installTracedOutput();

} // namespace loopscope::loop
