// What the event record needs from the program's standard streams: TextIOWrapper's
// write() hooked in CPython's own class (no subclass: sys.stdout stays the object, of
// the type, CPython made), reporting to the recorder what is written to sys.stdout and
// sys.stderr as CPython set them up, by which task, at which line.
#pragma once

namespace loopscope::loop {

// In the warm interpreter, once. -1 with a Python exception set on failure.
int installStreamHooks();

} // namespace loopscope::loop
