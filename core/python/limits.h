// The limits every run is held to (DESIGN.md, "Limits"): each ends a run that reaches it
// with a message naming it, and the output and trace so far are kept. All adjustable
// from the command line (the flag is named beside each) and, later, the preferences.
#pragma once

#include <cstdint>
#include <string>

namespace loopscope::python {

struct Limits {
    double cpuSeconds = 10.0;                           // --max-cpu SECONDS
    std::uint64_t memoryBytes = 2ull << 30;             // --max-memory MIB (address space)
    std::uint64_t outputBytes = 10ull << 20;            // --max-output MIB (stdout + stderr)
    std::uint64_t sourceBytes = 1ull << 20;             // --max-source KIB
    std::uint64_t maxEvents = 10'000'000;               // --max-events: callbacks the loop runs
    double maxVirtualSeconds = 1e9;                     // --max-time: the virtual-time horizon
};

// "2 GiB", "512 KiB", "37 bytes": how a message names an amount of memory or output.
std::string describeBytes(std::uint64_t bytes);

} // namespace loopscope::python
