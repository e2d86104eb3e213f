// Tells a MemoryError that the memory limit caused from one a program raised itself or
// that CPython raises without running out (a parser too deeply nested): it watches the
// interpreter's raw allocator and its arenas, and notes when the system refused memory.
#pragma once

namespace loopscope::python {

class AllocationWatch {
public:
    // Wraps CPython's raw-memory and arena allocators (once, before the program runs).
    static void install();
    // True once an allocation was refused since install.
    static bool refused();
};

} // namespace loopscope::python
