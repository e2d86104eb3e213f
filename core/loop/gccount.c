#define Py_BUILD_CORE 1
#include "gccount.h"

#include <Python.h>
#include <internal/pycore_interp.h>
#include <internal/pycore_pystate.h>

#if PY_VERSION_HEX < 0x030B0000 || PY_VERSION_HEX >= 0x030C0000
#error "gccount.c reads CPython 3.11's collector state"
#endif

void loopscope_gc_count_add(int delta)
{
    _PyInterpreterState_GET()->gc.generations[0].count += delta;
}
