// The C library's _exit, interposed in the worker executable (which exports it, see
// app/CMakeLists.txt): os._exit and the engine's own exits end the process without
// atexit handlers, so the event record recorded so far is written out first.
#pragma once
