// The cyclic garbage collector's count of allocations since its last run (generation 0),
// which decides when it runs next. The recorder's own few GC-tracked objects (weak
// references to TaskGroups) are taken out of it, so that a run with a record collects at
// the same moments as one without. C, because CPython's internal headers are.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Adds `delta` to the count (of the running interpreter; the GIL must be held).
void loopscope_gc_count_add(int delta);

#ifdef __cplusplus
}
#endif
