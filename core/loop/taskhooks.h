// What the event record needs from CPython's own Task class, hooked into the class
// itself (no subclass, so `type(task) is asyncio.Task` and every check of the class
// still hold): cancel(), uncancel() and set_name() report to the recorder before or
// after CPython's own methods run.
#pragma once

namespace loopscope::loop {

// In the warm interpreter, once. -1 with a Python exception set on failure.
int installTaskHooks();

} // namespace loopscope::loop
