// The `_loopscope` built-in module (Handle, TimerHandle, NativeLoop) and the step that
// puts the native loop under asyncio: its Python face, the policy, the virtual `time`.
#pragma once

namespace loopscope::loop {

// Before Py_Initialize: makes `_loopscope` importable as a built-in module.
int registerLoopModule();

// After Py_Initialize: imports asyncio, builds the loop class, installs the policy and
// the virtual time module. Returns -1 with a Python exception set on failure.
int installEventLoop();

} // namespace loopscope::loop
