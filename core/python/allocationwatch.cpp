#include "allocationwatch.h"

#include <Python.h>

#include <atomic>

namespace loopscope::python {

namespace {

std::atomic<bool> failed{false};
PyMemAllocatorEx raw{};
PyObjectArenaAllocator arenas{};

void note(const void* result)
{
    if (!result)
        failed.store(true, std::memory_order_relaxed);
}

void* rawMalloc(void* ctx, size_t size)
{
    void* result = raw.malloc(ctx, size);
    note(result);
    return result;
}

void* rawCalloc(void* ctx, size_t count, size_t size)
{
    void* result = raw.calloc(ctx, count, size);
    note(result);
    return result;
}

void* rawRealloc(void* ctx, void* pointer, size_t size)
{
    void* result = raw.realloc(ctx, pointer, size);
    note(result);
    return result;
}

void* arenaAlloc(void* ctx, size_t size)
{
    void* result = arenas.alloc(ctx, size);
    note(result);
    return result;
}

} // namespace

void AllocationWatch::install()
{
    // The raw domain serves every large block (the object allocator hands those on to
    // it); the arenas serve the small ones. Both are cheap to watch: neither is on the
    // path of a small allocation that an arena already holds.
    PyMem_GetAllocator(PYMEM_DOMAIN_RAW, &raw);
    PyMemAllocatorEx watched = raw;
    watched.malloc = rawMalloc;
    watched.calloc = rawCalloc;
    watched.realloc = rawRealloc;
    PyMem_SetAllocator(PYMEM_DOMAIN_RAW, &watched);
    PyObject_GetArenaAllocator(&arenas);
    PyObjectArenaAllocator watchedArenas = arenas;
    watchedArenas.alloc = arenaAlloc;
    PyObject_SetArenaAllocator(&watchedArenas);
    failed.store(false, std::memory_order_relaxed);
}

bool AllocationWatch::refused()
{
    return failed.load(std::memory_order_relaxed);
}

} // namespace loopscope::python
