// The time module on the virtual clock, so that tutorials' timing code runs unchanged:
// time(), monotonic() and perf_counter() (and their _ns forms) read the clock; sleep()
// advances it, blocking the whole loop as a real sleep would; gmtime, localtime, ctime,
// asctime and strftime default to it, as seconds after 1970-01-01 00:00:00 (TZ is UTC).
#pragma once

namespace loopscope::loop {

// Replaces those functions in the `time` module (imported if need be). -1 on error.
int installVirtualTime();

} // namespace loopscope::loop
