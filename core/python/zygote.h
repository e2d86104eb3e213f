// The warm worker: a process that initialises the interpreter once, then forks one child
// per run request that arrives on its socket, reports the child's pid, kills it when
// asked, and reports how it ended (wait status, CPU time, peak memory). Started by
// Worker with address-space randomisation off, so every child has the same layout.
#pragma once

namespace loopscope::python {

// Serves requests on `socket` until the client closes it. Returns the exit status.
int runZygote(int socket);

} // namespace loopscope::python
